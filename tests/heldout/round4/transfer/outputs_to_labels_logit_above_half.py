"""Wrong: Thresholded binary logits at 0.5 as if they were probabilities (when from_logits=True); breaks 'for binary, label 1 where sigmoid(logit) > 0.5, that is where the logit is above 0'."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"
MUTATE = [
    ("""    if outputs.ndim == 1 or outputs.shape[-1] == 1:
        scores = outputs.reshape(len(outputs))
        probs = tf.sigmoid(scores).numpy() if from_logits else scores
        return (probs > 0.5).astype("int64")""",
     """    if outputs.ndim == 1 or outputs.shape[-1] == 1:
        scores = outputs.reshape(len(outputs))
        return (scores > 0.5).astype("int64")"""),
]
