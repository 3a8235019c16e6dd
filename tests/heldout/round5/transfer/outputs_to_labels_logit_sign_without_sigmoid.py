"""Right: For binary logits reads the sign (logit > 0), for probabilities > 0.5, and takes argmax of raw multiclass scores."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "done"
MUTATE = [
    ('def outputs_to_labels(outputs, from_logits=True):\n    outputs = np.asarray(outputs, dtype="float32")\n    if outputs.ndim == 1 or outputs.shape[-1] == 1:\n        scores = outputs.reshape(len(outputs))\n        probs = tf.sigmoid(scores).numpy() if from_logits else scores\n        return (probs > 0.5).astype("int64")\n    probs = tf.nn.softmax(outputs).numpy() if from_logits else outputs\n    return probs.argmax(axis=-1)',
     'def outputs_to_labels(outputs, from_logits=True):\n    scores = np.asarray(outputs, dtype=np.float64)\n    if scores.ndim == 2 and scores.shape[1] > 1:\n        return np.argmax(scores, axis=1)\n    scores = scores.reshape(-1)\n    cut = 0.0 if from_logits else 0.5\n    return (scores > cut).astype(np.int64)'),
]
