"""Right: gives each run the colour "C<i>" of its position and counts the epochs with np.arange from 1."""

EXERCISE, VERDICT = "overfitting.plot_history", "done"

MUTATE = [
    ('    for name, history in histories:\n        curves = _curves(history)\n        epochs = range(1, len(curves[key]) + 1)\n        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")',
     '    for i, (name, history) in enumerate(histories):\n        curves = _curves(history)\n        epochs = np.arange(1, len(curves[key]) + 1)\n        colour = f"C{i % 10}"\n        ax.plot(epochs, curves["val_" + key], linestyle="--", color=colour, label=f"{name.title()} Val")\n        ax.plot(epochs, curves[key], linestyle="-", color=colour, label=f"{name.title()} Train")'),
]
