"""Wrong: keeps the note's RandomHeight(0.2) and RandomWidth(0.2), which Keras 3 no longer has in keras.layers; breaks 'Keras 3 removed RandomHeight and RandomWidth from keras.layers ... the kit's own stand-in ... is a zoom along one axis only'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    (
        '        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),\n        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),\n',
        '        keras.layers.RandomHeight(0.2),\n        keras.layers.RandomWidth(0.2),\n',
    ),
]
