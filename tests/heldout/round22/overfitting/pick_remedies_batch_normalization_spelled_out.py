"""Wrong: adds "batch normalization" (spelled as the TensorFlow tutorial writes it) to the overfitting remedies; breaks 'Use the names in REMEDIES'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('picked = {"more data", "dropout", "smaller network", "regularization"}',
     'picked = {"more data", "dropout", "smaller network", "regularization", "batch normalization"}'),
]
