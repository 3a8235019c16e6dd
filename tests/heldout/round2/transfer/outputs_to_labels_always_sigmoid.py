"""Wrong: Applied the sigmoid even to probabilities (from_logits=False), so every p > 0 becomes 1; breaks 'With from_logits=False they are already probabilities'."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"
MUTATE = [
    ('probs = tf.sigmoid(scores).numpy() if from_logits else scores',
     'probs = tf.sigmoid(scores).numpy()'),
]
