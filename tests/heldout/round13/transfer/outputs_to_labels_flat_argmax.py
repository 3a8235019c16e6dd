"""Wrong: takes np.argmax(probs) without an axis for the multiclass case, one index into the flattened array; breaks 'multiclass: (N, k); the label is the index of the largest score'."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    ('    return probs.argmax(axis=-1)',
     '    return np.atleast_1d(np.argmax(probs))'),
]
