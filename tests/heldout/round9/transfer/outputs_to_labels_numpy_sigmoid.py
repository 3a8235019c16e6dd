"""Right: computes the binary sigmoid in NumPy, 1 / (1 + exp(-logit)), then the same > 0.5 cut."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "done"

MUTATE = [
    (
        '        probs = tf.sigmoid(scores).numpy() if from_logits else scores\n',
        '        probs = 1.0 / (1.0 + np.exp(-scores)) if from_logits else scores\n',
    ),
]
