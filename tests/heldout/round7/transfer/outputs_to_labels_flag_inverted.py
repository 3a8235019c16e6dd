"""Wrong: applies the sigmoid when from_logits is False and not when it is True (the flag read backwards); breaks 'With `from_logits=True` the scores are logits ... With `from_logits=False` they are already probabilities'."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"
MUTATE = [
    ("""        probs = tf.sigmoid(scores).numpy() if from_logits else scores
        return (probs > 0.5).astype("int64")""",
     """        probs = scores if from_logits else tf.sigmoid(scores).numpy()
        return (probs > 0.5).astype("int64")"""),
]
