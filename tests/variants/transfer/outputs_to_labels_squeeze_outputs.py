"""Wrong: tidies (N, 1) to (N,) with np.squeeze, which also squeezes a single input, so (1, 5) becomes 5 binary scores and (1, 1) a scalar; breaks 'Returns: an integer array of shape (N,)'."""

EXERCISE, VERDICT, SAYS = "transfer.outputs_to_labels", "wrong", "outputs_to_labels() raised IndexError"

MUTATE = [
    ('    outputs = np.asarray(outputs, dtype="float32")\n',
     '    outputs = np.squeeze(np.asarray(outputs, dtype="float32"))  # (N, 1) -> (N,)\n'),
]
