"""Wrong: the learner took the mean in two steps, over axis 1 and then over axis 2, not seeing that after the first reduction the width is axis 1 and axis 2 is the channels; by_mean comes out (N, width), which only looks right when width equals channels; breaks 'the mean of each map over its height (axis 1) and its width (axis 2)'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    ('    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])',
     '    by_height = tf.reduce_mean(feature_maps, axis=1)\n'
     '    by_mean = tf.reduce_mean(by_height, axis=2)'),
]
