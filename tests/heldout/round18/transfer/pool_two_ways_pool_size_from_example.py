"""Wrong: the layer way is AveragePooling2D with the pool size of the docstring's first example, (4, 6), then Flatten: right for (3, 4, 6, 5) maps only; breaks 'the mean of each map over its height (axis 1) and its width (axis 2)'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    ('''    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)
''',
     '''    by_layer = keras.layers.Flatten()(keras.layers.AveragePooling2D(pool_size=(4, 6))(feature_maps))
'''),
]
