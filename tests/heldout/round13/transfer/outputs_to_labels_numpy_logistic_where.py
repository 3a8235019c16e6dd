"""Right: computes the sigmoid and softmax by hand in NumPy (softmax shifted by the row maximum) and labels with np.where."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "done"

MUTATE = [
    ('        probs = tf.sigmoid(scores).numpy() if from_logits else scores\n        return (probs > 0.5).astype("int64")\n    probs = tf.nn.softmax(outputs).numpy() if from_logits else outputs\n    return probs.argmax(axis=-1)',
     '        probs = 1.0 / (1.0 + np.exp(-scores.astype("float64"))) if from_logits else scores\n        return np.where(probs > 0.5, 1, 0).astype("int64")\n    if from_logits:\n        shifted = np.exp(outputs - outputs.max(axis=-1, keepdims=True))\n        outputs = shifted / shifted.sum(axis=-1, keepdims=True)\n    return np.argmax(outputs, axis=1)'),
]
