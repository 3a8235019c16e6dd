"""Wrong: Returned the two results stacked into one array (2, N, channels); breaks 'Returns: (by_layer, by_mean)', two arrays (N, channels)."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"
MUTATE = [
    ('return np.asarray(by_layer), np.asarray(by_mean)',
     'return np.stack([np.asarray(by_layer), np.asarray(by_mean)])'),
]
