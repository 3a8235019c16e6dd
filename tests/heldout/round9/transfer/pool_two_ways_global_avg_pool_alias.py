"""Right: uses the layer's short alias, keras.layers.GlobalAvgPool2D."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "done"

MUTATE = [
    (
        '    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)\n',
        '    by_layer = keras.layers.GlobalAvgPool2D()(feature_maps)\n',
    ),
]
