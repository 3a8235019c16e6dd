"""Wrong: logits compared with 0.5 as if they were probabilities."""
EXERCISE, VERDICT, SAYS = "transfer.outputs_to_labels", "wrong", 'logit > 0'
MUTATE = [('probs = tf.sigmoid(scores).numpy() if from_logits else scores', 'probs = scores')]
