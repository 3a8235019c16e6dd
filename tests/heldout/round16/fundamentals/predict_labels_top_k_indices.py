"""Right: reads the multiclass label from tf.math.top_k(probs, k=1).indices (ties go to the lower index, as with argmax), as a NumPy int32 array of shape (N,)."""

EXERCISE, VERDICT = 'fundamentals.predict_labels', 'done'

MUTATE = [
    ('import keras\n',
     'import keras\nimport tensorflow as tf\n'),
    ('    return np.argmax(probs, axis=1)',
     '    return tf.math.top_k(probs, k=1).indices.numpy()[:, 0]'),
]
