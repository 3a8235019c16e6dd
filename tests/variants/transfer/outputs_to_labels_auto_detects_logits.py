"""Wrong: decides for itself whether the scores are logits (some value outside [0, 1]) and ignores from_logits, so logits that all fall in [0, 1], like 0.3, are read as probabilities; breaks 'With `from_logits=True` the scores are logits'."""

EXERCISE, VERDICT, SAYS = "transfer.outputs_to_labels", "wrong", "labels for logits [[0.3], [0.2], [0.45]]"

MUTATE = [
    ('    outputs = np.asarray(outputs, dtype="float32")\n',
     '    outputs = np.asarray(outputs, dtype="float32")\n'
     '    from_logits = bool(((outputs < 0) | (outputs > 1)).any())  # probabilities live in [0, 1]\n'),
]
