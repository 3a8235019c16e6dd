"""Wrong: a dict of histories, which plot_history(histories) cannot loop over as pairs."""
EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", "list(histories.items())"
MUTATE = [("histories = []", "histories = {}"), ("histories.append((name, history))", "histories[name] = history")]
