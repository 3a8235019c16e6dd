"""Wrong: rotates with a Lambda layer around tf.image.rot90: always a quarter turn, and at inference too; breaks 'a random rotation of factor 0.2 (up to a fifth of a full turn, either way)'."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    ('def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])',
     'def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.Lambda(lambda images: tf.image.rot90(images)),\n    ])'),
]
