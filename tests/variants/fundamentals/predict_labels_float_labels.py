"""Wrong: binary labels as floats (1.0 / 0.0), not integers."""
EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", "integers"
MUTATE = [('(probs[:, 0] > threshold).astype("int64")', '(probs[:, 0] > threshold).astype("float32")')]
