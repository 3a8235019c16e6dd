"""Right: turns multiclass logits into per-column sigmoids instead of a softmax before the argmax; the sigmoid is increasing, so the largest column is the same."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "done"

MUTATE = [
    (
        '    probs = tf.nn.softmax(outputs).numpy() if from_logits else outputs\n',
        '    probs = tf.sigmoid(outputs).numpy() if from_logits else outputs  # increasing: same argmax\n',
    ),
]
