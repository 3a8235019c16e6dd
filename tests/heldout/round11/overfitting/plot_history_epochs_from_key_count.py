"""Wrong: numbers the epochs with range(1, len(curves) + 1), the count of metric keys, not of epochs; breaks 'both against the run's own epochs, counted from 1 as fit() prints them'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('        epochs = range(1, len(curves[key]) + 1)\n        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")',
     '        epochs = range(1, len(curves) + 1)\n        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")'),
]
