"""Wrong: colours by kind instead of by run: every validation curve C1, every training curve C0; breaks 'the two in one colour, the run's own'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('        epochs = range(1, len(curves[key]) + 1)\n        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")',
     '        epochs = range(1, len(curves[key]) + 1)\n        ax.plot(epochs, curves["val_" + key], "--", color="C1", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color="C0", label=name.title() + " Train")'),
]
