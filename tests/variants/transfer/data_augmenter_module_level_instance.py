"""Wrong: builds the block once at module level and returns that same object on every call; breaks 'makes anew the models it returns'."""

EXERCISE, VERDICT, SAYS = "transfer.data_augmenter", "wrong", 'module variable _AUGMENTER'

MUTATE = [
    ('def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])',
     '_AUGMENTER = keras.Sequential([\n    keras.layers.RandomFlip("horizontal"),\n    keras.layers.RandomRotation(0.2),\n])\n\n\ndef data_augmenter():\n    return _AUGMENTER'),
]
