"""Wrong: the 'layer' result is an AveragePooling2D with pool_size=(width, height), which fits square maps only; on 4x6 maps the window does not fit; breaks 'the mean of each map over its height (axis 1) and its width (axis 2)'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    ('    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)\n',
     '    window = (feature_maps.shape[2], feature_maps.shape[1])\n    by_layer = keras.layers.AveragePooling2D(pool_size=window)(feature_maps)\n    by_layer = np.asarray(by_layer).reshape(len(feature_maps), -1)\n'),
]
