"""Wrong: Drew the validation curve solid too; breaks 'the validation curve ... dashed'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")',
     'val = ax.plot(epochs, curves["val_" + key], label=name.title() + " Val")'),
]
