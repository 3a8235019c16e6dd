"""Right: A hand-written sigmoid 1 / (1 + exp(-x)) for binary logits, and argmax straight on the scores for multiclass (softmax does not move the largest)."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "done"
MUTATE = [
    ('''    outputs = np.asarray(outputs, dtype="float32")
    if outputs.ndim == 1 or outputs.shape[-1] == 1:
        scores = outputs.reshape(len(outputs))
        probs = tf.sigmoid(scores).numpy() if from_logits else scores
        return (probs > 0.5).astype("int64")
    probs = tf.nn.softmax(outputs).numpy() if from_logits else outputs
    return probs.argmax(axis=-1)''',
     '''    scores = np.asarray(outputs, dtype=np.float64)
    if scores.ndim == 2 and scores.shape[1] > 1:
        return np.argmax(scores, axis=1).astype(np.int64)
    scores = scores.reshape(-1)
    if from_logits:
        scores = 1.0 / (1.0 + np.exp(-scores))
    return np.where(scores > 0.5, 1, 0).astype(np.int64)'''),
]
