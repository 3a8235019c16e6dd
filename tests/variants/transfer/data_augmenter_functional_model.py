"""Wrong: builds the block with the functional API (an Input, the flip, the rotation, keras.Model); breaks 'Returns: a keras.Sequential of exactly two layers'."""

EXERCISE, VERDICT, SAYS = "transfer.data_augmenter", "wrong", 'Sequential'

MUTATE = [
    (
        'def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])',
        'def data_augmenter():\n    inputs = keras.Input(shape=(None, None, 3))\n    x = keras.layers.RandomFlip("horizontal")(inputs)\n    x = keras.layers.RandomRotation(0.2)(x)\n    return keras.Model(inputs, x, name="data_augmenter")',
    ),
]
