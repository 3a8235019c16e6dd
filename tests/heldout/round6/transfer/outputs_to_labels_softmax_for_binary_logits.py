"""Wrong: turns binary logits into probabilities with softmax instead of sigmoid; breaks 'for binary, label 1 where sigmoid(logit) > 0.5, that is where the logit is above 0'."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"
MUTATE = [
    ('        probs = tf.sigmoid(scores).numpy() if from_logits else scores',
     '        probs = tf.nn.softmax(outputs).numpy().reshape(len(outputs)) if from_logits else scores'),
]
