"""Wrong: pastes the Keras EfficientNet fine-tuning guide's head, BatchNormalization and Dropout(0.2, name="top_dropout") before the output; breaks 'a global average pooling ... an output of num_classes units' (12,810 trainable parameters)."""

EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "wrong", "layers"

MUTATE = [
    ('    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)',
     '    x = keras.layers.BatchNormalization()(x)\n    x = keras.layers.Dropout(0.2, name="top_dropout")(x)\n    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)'),
]
