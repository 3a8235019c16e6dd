"""Right: turns one logit into two classes by a softmax over [0, logit] (that is the sigmoid) and takes the argmax, ties going to 0."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "done"

MUTATE = [
    ('        probs = tf.sigmoid(scores).numpy() if from_logits else scores\n        return (probs > 0.5).astype("int64")',
     '        if from_logits:\n            pairs = np.stack([np.zeros_like(scores), scores], axis=1)\n            return tf.nn.softmax(pairs).numpy().argmax(axis=1)\n        return (scores > 0.5).astype("int64")'),
]
