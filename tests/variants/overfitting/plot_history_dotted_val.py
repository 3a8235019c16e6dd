"""Wrong: Drew the validation curves dotted (":") rather than dashed; breaks 'the validation curve, "val_" + key,
dashed'."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "validation dotted"
MUTATE = [
    ('        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")',
     '        val = ax.plot(epochs, curves["val_" + key], ":", label=name.title() + " Val")'),
]
