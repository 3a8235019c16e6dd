"""Wrong: applies the sigmoid in place on a reshaped view of the outputs (scores[:] = ...), overwriting a float32 array the caller passed; breaks 'it changes neither them nor this module's variables, and makes anew the models it returns'."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    ('        probs = tf.sigmoid(scores).numpy() if from_logits else scores',
     '        if from_logits:\n            scores[:] = 1.0 / (1.0 + np.exp(-scores))\n        probs = scores'),
]
