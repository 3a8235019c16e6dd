"""Wrong: Used >= 0.5; breaks 'Exactly 0.5 (a logit of exactly 0) is not above 0.5: label 0'."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"
MUTATE = [
    ('(probs > 0.5)',
     '(probs >= 0.5)'),
]
