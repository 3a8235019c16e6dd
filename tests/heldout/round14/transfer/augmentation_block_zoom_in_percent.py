"""Wrong: writes the note's 20 % zoom as RandomZoom(20), a percentage where Keras wants a fraction; breaks 'zoom (0.2)'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    ('        keras.layers.RandomZoom(0.2),\n',
     '        keras.layers.RandomZoom(20),\n'),
]
