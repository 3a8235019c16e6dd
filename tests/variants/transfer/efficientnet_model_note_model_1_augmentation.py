"""Wrong: builds note 001's Model 1 instead of Model 0, with its data_augmentation block between the input and EfficientNetB0; breaks 'The model, in order: an input ..., EfficientNetB0 ..., a global average pooling ..., an output'."""

EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "wrong", 'model_1 adds it'

MUTATE = [
    ('x = base(inputs, training=False)\n    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)',
     'data_augmentation = keras.Sequential([  # note 001, Model 1\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),\n    ], name="data_augmentation")\n    x = data_augmentation(inputs)\n    x = base(x, training=False)\n    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)'),
]
