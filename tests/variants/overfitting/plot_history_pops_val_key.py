"""Wrong: takes the validation curve with dict.pop, deleting "val_" + key from the caller's history, so drawing the same histories again fails; breaks 'for each (name, history) pair, on one axes: the validation curve, "val_" + key, dashed' (on every call)."""

EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", 'changed by plot_history()'

MUTATE = [
    (
        '        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")',
        '        val = ax.plot(epochs, curves.pop("val_" + key), "--", label=name.title() + " Val")',
    ),
]
