"""Wrong: Dashed the training curve and drew validation solid; breaks 'the validation curve ... dashed, and the training curve ... solid'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")',
     'val = ax.plot(epochs, curves["val_" + key], label=name.title() + " Val")'),
    ('ax.plot(epochs, curves[key], color=',
     'ax.plot(epochs, curves[key], "--", color='),
]
