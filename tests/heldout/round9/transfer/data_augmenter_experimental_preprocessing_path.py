"""Wrong: writes the layers as the notes do, tf.keras.layers.experimental.preprocessing.RandomFlip and RandomRotation; Keras 3 has no experimental.preprocessing; breaks 'Keras 3 has no experimental.preprocessing, the layers are plain keras.layers now'."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    (
        'def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])\n',
        'def data_augmenter():\n    return keras.Sequential([\n        tf.keras.layers.experimental.preprocessing.RandomFlip("horizontal"),\n        tf.keras.layers.experimental.preprocessing.RandomRotation(0.2),\n    ])\n',
    ),
]
