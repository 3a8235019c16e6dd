"""Wrong: the learner copied the augmentation block of a tutorial that starts with Rescaling(1./255) and kept that layer, thinking scaling belongs with the preprocessing; the block has three layers and changes every image even at inference; breaks 'a keras.Sequential of exactly two layers' and 'gives them back untouched otherwise'."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    ('    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])',
     '    return keras.Sequential([\n        keras.layers.Rescaling(1. / 255),\n        keras.layers.RandomFlip("horizontal"),\n'
     '        keras.layers.RandomRotation(0.2),\n    ])'),
]
