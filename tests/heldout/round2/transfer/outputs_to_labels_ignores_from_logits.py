"""Wrong: Compared every binary score with 0.5, logit or not; breaks 'label 1 where sigmoid(logit) > 0.5, that is where the logit is above 0'."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"
MUTATE = [
    ('probs = tf.sigmoid(scores).numpy() if from_logits else scores',
     'probs = scores'),
]
