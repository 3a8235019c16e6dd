"""Wrong: Spelt the penalty remedy "regularisation"; breaks 'Use the names in REMEDIES'."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"
MUTATE = [
    ('picked = {"more data", "dropout", "smaller network", "regularization"}',
     'picked = {"more data", "dropout", "smaller network", "regularisation"}'),
]
