"""Wrong: copies note 000's data_augmentation list and then note 002's add() calls into one block: four layers, flip and rotation twice; breaks 'a keras.Sequential of exactly two layers'."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    ('def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])',
     "def data_augmenter():\n    data_augmentation = keras.Sequential([  # note 000\n        keras.layers.RandomFlip('horizontal'),\n        keras.layers.RandomRotation(0.2),\n    ])\n    data_augmentation.add(keras.layers.RandomFlip('horizontal'))  # note 002\n    data_augmentation.add(keras.layers.RandomRotation(0.2))\n    return data_augmentation"),
]
