"""Correct: Binary: compares the logit with 0 (or the probability with 0.5) directly, and argmax without softmax."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "done"
MUTATE = [
    ('        probs = tf.sigmoid(scores).numpy() if from_logits else scores\n        return (probs > 0.5).astype("int64")',
     '        return (scores > (0.0 if from_logits else 0.5)).astype("int64")'),
    ('    probs = tf.nn.softmax(outputs).numpy() if from_logits else outputs\n    return probs.argmax(axis=-1)',
     '    return np.argmax(outputs, axis=-1)'),
]
