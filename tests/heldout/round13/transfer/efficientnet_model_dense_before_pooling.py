"""Wrong: puts the softmax Dense on the feature maps and averages its outputs after (same parameter count, a different model); breaks 'a global average pooling, named "global_average_pooling_layer"
        an output of num_classes units, softmax, named "output_layer"'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)\n    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)',
     '    x = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)\n    outputs = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)'),
]
