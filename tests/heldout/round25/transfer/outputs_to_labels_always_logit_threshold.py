"""Wrong: the learner noted "sigmoid(logit) > 0.5 is logit > 0" and thresholded every binary score at 0, whatever from_logits says; right for logits, but probabilities are all above 0, so from_logits=False gives 1 for a probability of 0.2; breaks 'With `from_logits=False` they are already probabilities' (label 1 only above 0.5)."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    ('        probs = tf.sigmoid(scores).numpy() if from_logits else scores\n        return (probs > 0.5).astype("int64")',
     '        return (scores > 0).astype("int64")'),
]
