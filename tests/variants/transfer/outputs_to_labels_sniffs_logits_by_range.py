"""Wrong: ignores from_logits and decides from the values (anything outside [0, 1] means logits), so binary logits that happen to lie in [0, 1] are read as probabilities; breaks 'With `from_logits=True` ... label 1 where ... the logit is above 0'."""

EXERCISE, VERDICT, SAYS = "transfer.outputs_to_labels", "wrong", 'labels for logits'

MUTATE = [
    (
        '    if outputs.ndim == 1 or outputs.shape[-1] == 1:\n',
        '    from_logits = bool((outputs < 0).any() or (outputs > 1).any())  # probabilities stay in [0, 1]\n    if outputs.ndim == 1 or outputs.shape[-1] == 1:\n',
    ),
]
