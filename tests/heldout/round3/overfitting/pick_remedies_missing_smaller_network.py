"""Wrong: Left "smaller network" out of the overfitting remedies; breaks 'overfitting ...: "more data", "dropout", "smaller network", "regularization"'."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"
MUTATE = [
    ('        picked = {"more data", "dropout", "smaller network", "regularization"}',
     '        picked = {"more data", "dropout", "regularization"}'),
]
