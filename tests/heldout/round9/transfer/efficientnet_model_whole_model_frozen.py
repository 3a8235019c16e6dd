"""Wrong: freezes the finished model (model.trainable = False) instead of the base, which freezes the softmax head too: 0 trainable parameters instead of 12,810; breaks 'one softmax layer learns the classes from its pooled features'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    (
        '    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)\n    base.trainable = False\n',
        '    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)\n',
    ),
    (
        '    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)\n    model = keras.Model(inputs, outputs)\n',
        '    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)\n    model = keras.Model(inputs, outputs)\n    model.trainable = False  # a frozen feature extractor\n',
    ),
]
