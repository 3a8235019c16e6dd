"""Wrong: lets EfficientNetB0 pool its own output (pooling="avg") to save a layer, so the model has no layer named "global_average_pooling_layer"; breaks 'a global average pooling, named "global_average_pooling_layer"'."""

EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "wrong", "layers"

MUTATE = [
    ('    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)',
     '    base = keras.applications.EfficientNetB0(include_top=False, weights=weights, pooling="avg")'),
    ('    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)\n',
     '    # pooled inside the base already (pooling="avg"): one layer fewer\n'),
]
