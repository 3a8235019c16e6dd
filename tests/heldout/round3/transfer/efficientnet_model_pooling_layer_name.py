"""Wrong: Named the pooling layer "global_avg_pool"; breaks 'a global average pooling, named "global_average_pooling_layer"' (the note's layer names)."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"
MUTATE = [
    ('    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)',
     '    x = keras.layers.GlobalAveragePooling2D(name="global_avg_pool")(x)'),
]
