"""Wrong: uses GlobalMaxPooling2D but keeps the note's layer name; breaks 'a global average pooling, named "global_average_pooling_layer"'."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"
MUTATE = [
    ('    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)',
     '    x = keras.layers.GlobalMaxPooling2D(name="global_average_pooling_layer")(x)'),
]
