"""Wrong: Gave the pooling layer data_format="channels_first", so it averages over axes 2 and 3; breaks 'the pooling layer's result ... the mean of each map over its height (axis 1) and its width (axis 2)'."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"
MUTATE = [
    ('    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)',
     '    by_layer = keras.layers.GlobalAveragePooling2D(data_format="channels_first")(feature_maps)'),
]
