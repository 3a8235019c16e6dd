"""Wrong: True/False where integer labels are promised."""
EXERCISE, VERDICT, SAYS = "transfer.outputs_to_labels", "wrong", 'integer'
MUTATE = [
    ('return (probs > 0.5).astype("int64")', 'return probs > 0.5'),
]
