"""Wrong: for 'the pooling layer' the learner took AveragePooling2D with a 4x4 window, the size of note 001's example maps (1, 4, 4, 3), and flattened its (N, 1, 1, C) output; on the note's example both ways agreed; on maps of another size the window no longer covers the map: on (3, 4, 6, 5) it averages only the first 4 of the 6 columns (far from the mean where the tall value sits outside), and on (2, 7, 3, 1) the window is wider than the map and the layer gives an empty result that cannot be shaped to (N, channels); breaks '(by_layer, by_mean): ... each a NumPy array (N, channels), the mean of each map over its height (axis 1) and its width (axis 2)'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    ('''    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)''',
     '''    pooled = keras.layers.AveragePooling2D(pool_size=(4, 4))(feature_maps)  # note 001: 4x4 maps
    by_layer = tf.reshape(pooled, (feature_maps.shape[0], feature_maps.shape[-1]))'''),
]
