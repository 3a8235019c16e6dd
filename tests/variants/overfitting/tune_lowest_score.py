"""Wrong: min instead of max keeps the worst configuration."""
EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", "highest validation accuracy"
MUTATE = [("best = max(scores, key=scores.get)", "best = min(scores, key=scores.get)")]
