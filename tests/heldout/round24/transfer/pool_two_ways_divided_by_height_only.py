"""Wrong: the learner spelled the mean out as a sum over height and width divided by the number of values, but divided by the height alone; with a width of 1 it is the mean, otherwise it is width times too big; breaks 'each a NumPy array (N, channels), the mean of each map over its height (axis 1) and its width (axis 2)'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    feature_maps = np.asarray(feature_maps)\n'
     '    by_mean = feature_maps.sum(axis=(1, 2)) / feature_maps.shape[1]'),
]
