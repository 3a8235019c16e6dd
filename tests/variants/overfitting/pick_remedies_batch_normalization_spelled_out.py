"""Wrong: adds "batch normalization" (spelled as the TensorFlow tutorial writes it) to the overfitting remedies; breaks 'Use the names in REMEDIES'."""

EXERCISE, VERDICT, SAYS = "overfitting.pick_remedies", "wrong", "overfitting images (train 0.99, val 0.7, images)"

MUTATE = [
    ('picked = {"more data", "dropout", "smaller network", "regularization"}',
     'picked = {"more data", "dropout", "smaller network", "regularization", "batch normalization"}'),
]
