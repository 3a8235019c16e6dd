"""Wrong: every name paired with the last history (a variable reused after the loop)."""
EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", "its own model.fit"
MUTATE = [("        histories.append((name, history))\n    return histories",
           "    return [(name, history) for name in models]")]
