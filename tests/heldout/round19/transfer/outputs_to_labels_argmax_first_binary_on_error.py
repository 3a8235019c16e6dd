"""Wrong: tries argmax(axis=1) first and applies the binary rule only when that raises, so (N, 1) outputs (which do not raise) all get label 0; breaks 'binary: (N, 1) or (N,), one score per input; labels are 0 or 1'."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"
MUTATE = [
    ('''    outputs = np.asarray(outputs, dtype="float32")
    if outputs.ndim == 1 or outputs.shape[-1] == 1:
        scores = outputs.reshape(len(outputs))
        probs = tf.sigmoid(scores).numpy() if from_logits else scores
        return (probs > 0.5).astype("int64")
    probs = tf.nn.softmax(outputs).numpy() if from_logits else outputs
    return probs.argmax(axis=-1)''', '''    outputs = np.asarray(outputs, dtype="float32")
    try:
        probs = tf.nn.softmax(outputs).numpy() if from_logits else outputs
        return probs.argmax(axis=1)
    except (ValueError, np.exceptions.AxisError):  # one score per input: binary
        probs = tf.sigmoid(outputs).numpy() if from_logits else outputs
        return (probs > 0.5).astype("int64")'''),
]
