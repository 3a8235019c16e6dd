"""Correct: Also suggests 'batch norm' when overfitting (the docstring: neither required nor wrong)."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "done"
MUTATE = [
    ('picked = {"more data", "dropout", "smaller network", "regularization"}',
     'picked = {"more data", "dropout", "smaller network", "regularization", "batch norm"}'),
]
