"""Wrong: max(scores) without key= compares the configurations, not their scores."""
EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", "highest validation accuracy"
MUTATE = [("best = max(scores, key=scores.get)", "best = max(scores)")]
