"""Wrong: Cast the binary labels to float32 (1.0 / 0.0); breaks 'an integer NumPy array'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ('return (probs[:, 0] > threshold).astype("int64")',
     'return (probs[:, 0] > threshold).astype("float32")'),
]
