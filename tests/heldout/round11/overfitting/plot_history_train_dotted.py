"""Wrong: draws the training curve dotted (":") instead of solid; breaks 'the training curve, key, solid'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('        epochs = range(1, len(curves[key]) + 1)\n        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")',
     '        epochs = range(1, len(curves[key]) + 1)\n        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], ":", color=val[0].get_color(), label=name.title() + " Train")'),
]
