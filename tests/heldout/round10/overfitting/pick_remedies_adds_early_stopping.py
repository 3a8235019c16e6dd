"""Wrong: adds "early stopping" to the overfitting remedies, a name REMEDIES does not have; breaks 'Use the names in REMEDIES'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('        picked = {"more data", "dropout", "smaller network", "regularization"}',
     '        picked = {"more data", "dropout", "smaller network", "regularization", "early stopping"}'),
]
