"""Wrong: binary labels left as a column of shape (N, 1)."""
EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", "ravel"
MUTATE = [("(probs[:, 0] > threshold)", "(probs > threshold)")]
