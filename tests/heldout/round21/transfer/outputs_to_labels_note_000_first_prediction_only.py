"""Wrong: for several classes ports note 000's np.argmax(predictions[0]), the label of the first input only, one int; breaks 'Returns: an integer array of shape (N,)'."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    ('return probs.argmax(axis=-1)',
     'return np.argmax(probs[0])  # note 000'),
]
