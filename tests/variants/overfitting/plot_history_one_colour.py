"""Wrong: Drew every curve in colour C0; breaks 'the two in one colour, the run's own'."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "a colour of its own for each run"
MUTATE = [
    ('val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")',
     'val = ax.plot(epochs, curves["val_" + key], "--", color="C0", label=name.title() + " Val")'),
    ('ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")',
     'ax.plot(epochs, curves[key], color="C0", label=name.title() + " Train")'),
]
