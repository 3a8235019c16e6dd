"""Wrong: returns keras.layers.Pipeline([...]), the layer meant for tf.data preprocessing, which is not a keras.Sequential and augments by default when called without a training flag; breaks 'a keras.Sequential of exactly two layers' and 'gives them back untouched otherwise'."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    (
        'def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])\n',
        'def data_augmenter():\n    return keras.layers.Pipeline([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])\n',
    ),
]
