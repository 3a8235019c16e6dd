"""Wrong: a probability of exactly 0.5 counted as label 1."""
EXERCISE, VERDICT, SAYS = "transfer.outputs_to_labels", "wrong", 'exactly 0.5 is 0'
MUTATE = [
    ('(probs > 0.5)', '(probs >= 0.5)'),
]
