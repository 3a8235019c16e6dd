"""Wrong: uses keras.layers.Pipeline, which the Keras docs offer for chaining preprocessing layers, instead of a model; breaks 'a keras.Sequential named "data_augmentation"'."""

EXERCISE, VERDICT, SAYS = "transfer.augmentation_block", "wrong", "augmentation block"

MUTATE = [
    ('    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),',
     '    return keras.layers.Pipeline([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),'),
]
