"""Wrong: the learner wrote RandomFlip() without a mode, thinking a flip is horizontal by default; Keras' default is "horizontal_and_vertical", so images are also turned upside down; breaks 'a random horizontal flip, then a random rotation of factor 0.2'."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    ('    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])',
     '    return keras.Sequential([\n        keras.layers.RandomFlip(),\n        keras.layers.RandomRotation(0.2),\n    ])'),
]
