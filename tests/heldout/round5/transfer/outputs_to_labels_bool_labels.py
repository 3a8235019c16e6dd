"""Wrong: Returned the binary comparison itself, a bool array; breaks 'Returns: an integer array of shape (N,)'."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"
MUTATE = [
    ('def outputs_to_labels(outputs, from_logits=True):\n    outputs = np.asarray(outputs, dtype="float32")\n    if outputs.ndim == 1 or outputs.shape[-1] == 1:\n        scores = outputs.reshape(len(outputs))\n        probs = tf.sigmoid(scores).numpy() if from_logits else scores\n        return (probs > 0.5).astype("int64")\n    probs = tf.nn.softmax(outputs).numpy() if from_logits else outputs\n    return probs.argmax(axis=-1)',
     'def outputs_to_labels(outputs, from_logits=True):\n    outputs = np.asarray(outputs, dtype="float32")\n    if outputs.ndim == 1 or outputs.shape[-1] == 1:\n        scores = outputs.reshape(len(outputs))\n        probs = tf.sigmoid(scores).numpy() if from_logits else scores\n        return probs > 0.5\n    probs = tf.nn.softmax(outputs).numpy() if from_logits else outputs\n    return probs.argmax(axis=-1)'),
]
