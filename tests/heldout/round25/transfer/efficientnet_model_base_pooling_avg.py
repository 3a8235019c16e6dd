"""Wrong: the learner let the base pool, EfficientNetB0(include_top=False, pooling="avg"), and put the softmax straight on it; parameters match the note's summary (4,062,381, 12,810 trainable), but the model has no layer "global_average_pooling_layer" of its own; breaks 'a global average pooling, named "global_average_pooling_layer"'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)\n',
     '    base = keras.applications.EfficientNetB0(include_top=False, weights=weights, pooling="avg")\n'),
    ('    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)\n    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)',
     '    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)'),
]
