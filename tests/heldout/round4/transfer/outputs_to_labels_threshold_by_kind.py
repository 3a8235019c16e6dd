"""Right: Flattens binary scores with ravel() and thresholds logits at 0 and probabilities at 0.5; takes the argmax of multiclass scores directly (softmax keeps the largest)."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "done"
MUTATE = [
    ("""    outputs = np.asarray(outputs, dtype="float32")
    if outputs.ndim == 1 or outputs.shape[-1] == 1:
        scores = outputs.reshape(len(outputs))
        probs = tf.sigmoid(scores).numpy() if from_logits else scores
        return (probs > 0.5).astype("int64")
    probs = tf.nn.softmax(outputs).numpy() if from_logits else outputs
    return probs.argmax(axis=-1)""",
     """    outputs = np.asarray(outputs, dtype=np.float64)
    if outputs.ndim == 1 or outputs.shape[1] == 1:
        cut = 0.0 if from_logits else 0.5
        return (outputs.ravel() > cut).astype(np.int32)
    return np.argmax(outputs, axis=1).astype(np.int32)"""),
]
