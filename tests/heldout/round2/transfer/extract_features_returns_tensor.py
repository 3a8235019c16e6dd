"""Wrong: Returned the tf.Tensor from the pooling layer; breaks 'Returns: a NumPy array'."""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
MUTATE = [
    ('return np.asarray(features)',
     'return features'),
]
