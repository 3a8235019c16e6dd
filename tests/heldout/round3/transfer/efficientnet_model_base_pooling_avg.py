"""Wrong: Let the base pool (pooling="avg") instead of a GlobalAveragePooling2D layer of its own; breaks 'a global average pooling, named "global_average_pooling_layer"'."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"
MUTATE = [
    ('    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)',
     '    base = keras.applications.EfficientNetB0(include_top=False, weights=weights, pooling="avg")'),
    ('''    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)
''',
     ''),
]
