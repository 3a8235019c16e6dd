"""Wrong: the flip is vertical: alpacas upside down."""
EXERCISE, VERDICT, SAYS = "transfer.data_augmenter", "wrong", 'horizontal'
MUTATE = [('keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])', 'keras.layers.RandomFlip("vertical"),\n        keras.layers.RandomRotation(0.2),\n    ])')]
