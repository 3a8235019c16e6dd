"""Wrong: froze the base but called it as base(inputs), without training=False, so fit() runs EfficientNetB0's stochastic-depth Dropout layers in training mode; breaks 'EfficientNetB0 without its top, with the weights argument, frozen, called in inference mode'."""

EXERCISE, VERDICT = 'transfer.efficientnet_model', 'wrong'

MUTATE = [
    ('    x = base(inputs, training=False)\n    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)',
     '    x = base(inputs)\n    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)'),
]
