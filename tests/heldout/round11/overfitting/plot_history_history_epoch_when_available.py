"""Right: plots against History.epoch (0..) when given a History and range(len) for a dict, the same epochs for both curves."""

EXERCISE, VERDICT = "overfitting.plot_history", "done"

MUTATE = [
    ('        epochs = range(1, len(curves[key]) + 1)\n        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")',
     '        epochs = getattr(history, "epoch", None) or list(range(len(curves[key])))\n        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")'),
]
