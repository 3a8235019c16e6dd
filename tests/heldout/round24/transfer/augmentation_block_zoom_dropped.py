"""Wrong: the learner reasoned that a height zoom and a width zoom together already make a zoom, and left the plain RandomZoom(0.2) out; the block has four layers; breaks 'of exactly five layers, in the note's order: flip (horizontal), rotate (0.2), zoom (0.2), zoom in height only (0.2), zoom in width only (0.2)'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    ('        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),\n',
     '        keras.layers.RandomRotation(0.2),\n'),
]
