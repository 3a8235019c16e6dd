"""Wrong: transposes to channels-first, then averages over axes 1 and 2 as written for channels-last, i.e. over channels and height; breaks 'the mean of each map over its height (axis 1) and its width (axis 2)'."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"
MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    by_mean = np.mean(np.transpose(np.asarray(feature_maps), (0, 3, 1, 2)), axis=(1, 2))'),
]
