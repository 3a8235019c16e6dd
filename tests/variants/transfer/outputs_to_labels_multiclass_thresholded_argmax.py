"""Wrong: thresholds every class probability at 0.5 before the argmax, so a row whose largest probability is below 0.5 gets label 0; breaks 'multiclass: (N, k); the label is the index of the largest score'."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"
SAYS = 'labels for probabilities'
MUTATE = [
    ("""    probs = tf.nn.softmax(outputs).numpy() if from_logits else outputs
    return probs.argmax(axis=-1)""",
     """    probs = tf.nn.softmax(outputs).numpy() if from_logits else outputs
    return (probs > 0.5).argmax(axis=-1)"""),
]
