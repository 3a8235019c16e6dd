"""Right: plots the solid training curve first and gives the dashed validation curve its colour, with np.arange epochs and linestyle keywords."""

EXERCISE, VERDICT = "overfitting.plot_history", "done"

MUTATE = [
    ('        epochs = range(1, len(curves[key]) + 1)\n        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")',
     '        epochs = np.arange(1, len(curves[key]) + 1)\n        (train_line,) = ax.plot(epochs, curves[key], linestyle="-", label=f"{name.title()} Train")\n        ax.plot(epochs, curves["val_" + key], linestyle="--", color=train_line.get_color(),\n                label=f"{name.title()} Val")'),
]
