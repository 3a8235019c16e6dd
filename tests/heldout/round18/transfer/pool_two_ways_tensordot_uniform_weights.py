"""Right: the plain mean as a tensordot of the maps with a uniform (height, width) weight grid of 1 / (height * width)."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "done"

MUTATE = [
    ('''    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])
''',
     '''    height, width = feature_maps.shape[1:3]
    weights = np.full((height, width), 1.0 / (height * width), dtype="float32")
    by_mean = np.tensordot(np.asarray(feature_maps, dtype="float32"), weights, axes=([1, 2], [0, 1]))
'''),
]
