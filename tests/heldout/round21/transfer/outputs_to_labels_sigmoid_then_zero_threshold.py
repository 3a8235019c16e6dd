"""Wrong: for binary logits mixes the two rules, sigmoid(logit) > 0, which is always true: every label 1; breaks 'label 1 where sigmoid(logit) > 0.5, that is where the logit is above 0'."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    ('probs = tf.sigmoid(scores).numpy() if from_logits else scores\n        return (probs > 0.5).astype("int64")',
     'if from_logits:\n            return (tf.sigmoid(scores).numpy() > 0).astype("int64")\n        return (scores > 0.5).astype("int64")'),
]
