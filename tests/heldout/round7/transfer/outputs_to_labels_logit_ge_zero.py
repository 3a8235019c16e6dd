"""Wrong: with logits, labels 1 where the logit is >= 0; breaks 'Exactly 0.5 (a logit of exactly 0) is not above 0.5: label 0'."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"
MUTATE = [
    ("""        probs = tf.sigmoid(scores).numpy() if from_logits else scores
        return (probs > 0.5).astype("int64")""",
     """        if from_logits:
            return (scores >= 0).astype("int64")
        return (scores > 0.5).astype("int64")"""),
]
