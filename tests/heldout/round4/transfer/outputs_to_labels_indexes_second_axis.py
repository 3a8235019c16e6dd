"""Wrong: Tested outputs.shape[1] == 1 to spot binary outputs, which fails on (N,) outputs with no column axis; breaks 'binary: (N, 1) or (N,), one score per input'."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"
MUTATE = [
    ("""    if outputs.ndim == 1 or outputs.shape[-1] == 1:
        scores = outputs.reshape(len(outputs))
        probs = tf.sigmoid(scores).numpy() if from_logits else scores
        return (probs > 0.5).astype("int64")""",
     """    if outputs.shape[1] == 1:
        scores = outputs.reshape(len(outputs))
        probs = tf.sigmoid(scores).numpy() if from_logits else scores
        return (probs > 0.5).astype("int64")"""),
]
