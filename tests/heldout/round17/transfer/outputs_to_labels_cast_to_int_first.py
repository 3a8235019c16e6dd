"""Wrong: converts the outputs with np.asarray(outputs, dtype="int64") before anything else, truncating every score toward 0: a probability of 0.9 gives label 0, and integer logits are refused by tf.sigmoid; breaks 'label 1 where sigmoid(logit) > 0.5, that is where the logit is above 0'."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    ('    outputs = np.asarray(outputs, dtype="float32")',
     '    outputs = np.asarray(outputs, dtype="int64")'),
]
