"""Wrong: turns a binary logit into a "probability" with np.exp alone, forgetting the 1 / (1 + exp(-x)), so logits between -0.69 and 0 give label 1; breaks 'label 1 where sigmoid(logit) > 0.5, that is where the logit is above 0'."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    ('        probs = tf.sigmoid(scores).numpy() if from_logits else scores',
     '        probs = np.exp(scores) if from_logits else scores'),
]
