"""Wrong: a TensorFlow tensor returned where NumPy is promised."""
EXERCISE, VERDICT, SAYS = "transfer.extract_features", "wrong", 'NumPy'
MUTATE = [
    ('    return np.asarray(features)\n', '    return features\n'),
]
