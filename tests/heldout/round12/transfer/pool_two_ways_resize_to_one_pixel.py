"""Wrong: computes the "mean" by resizing every map to one pixel (bilinear), which samples the centre of the map instead of averaging it; breaks 'The mean, that is: not the largest value (that is max pooling), and not the sum'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    ('by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     'by_mean = tf.image.resize(feature_maps, (1, 1))[:, 0, 0, :]'),
]
