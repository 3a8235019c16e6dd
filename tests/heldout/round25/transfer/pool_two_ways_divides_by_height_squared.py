"""Wrong: the learner summed over height and width and divided by height * height, a slip that agreed with the layer on the square maps they tried; breaks 'the mean of each map over its height (axis 1) and its width (axis 2)' for maps like (3, 4, 6, 5)."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    ('by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     'by_mean = np.sum(feature_maps, axis=(1, 2)) / (feature_maps.shape[1] * feature_maps.shape[1])'),
]
