"""Wrong: returns (labels, probabilities) instead of the labels alone; breaks 'an integer array of shape (N,)'."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    ('        return (probs > 0.5).astype("int64")\n',
     '        return (probs > 0.5).astype("int64"), probs\n'),
    ('    return probs.argmax(axis=-1)',
     '    return probs.argmax(axis=-1), probs'),
]
