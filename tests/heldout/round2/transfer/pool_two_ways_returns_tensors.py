"""Wrong: Returned the two tf.Tensors as they come; breaks 'each a NumPy array'."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"
MUTATE = [
    ('return np.asarray(by_layer), np.asarray(by_mean)',
     'return by_layer, by_mean'),
]
