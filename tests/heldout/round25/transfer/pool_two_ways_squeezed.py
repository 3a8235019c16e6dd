"""Wrong: the learner ran np.squeeze on both results "to be sure of getting (N, channels)", which looked right on a (2, 4, 4, 8) try; breaks 'each a NumPy array (N, channels)' when there is one channel (or one map), as in (2, 7, 3, 1)."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    ('return np.asarray(by_layer), np.asarray(by_mean)',
     'return np.squeeze(np.asarray(by_layer)), np.squeeze(np.asarray(by_mean))'),
]
