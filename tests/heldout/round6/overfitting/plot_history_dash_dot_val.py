"""Wrong: draws the validation curves dash-dotted ('-.'); breaks 'the validation curve, "val_" + key, dashed'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")',
     '        val = ax.plot(epochs, curves["val_" + key], "-.", label=name.title() + " Val")'),
]
