"""Wrong: the threshold argument is ignored."""
EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", "threshold"
MUTATE = [("(probs[:, 0] > threshold)", "(probs[:, 0] > 0.5)")]
