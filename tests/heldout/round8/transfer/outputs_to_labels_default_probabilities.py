"""Wrong: changes the default to from_logits=False, so outputs passed without the flag are read as probabilities (a logit of 0.3 gives 0, not 1); breaks 'With `from_logits=True` the scores are logits' (True is the default)."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    (
        'def outputs_to_labels(outputs, from_logits=True):',
        'def outputs_to_labels(outputs, from_logits=False):',
    ),
]
