"""Right: labels the y axis with the key exactly as given ("binary_crossentropy") and takes each run's colour from the C0, C1, ... cycle by position."""

EXERCISE, VERDICT = "overfitting.plot_history", "done"

MUTATE = [
    ('    for name, history in histories:\n        curves = _curves(history)\n        epochs = range(1, len(curves[key]) + 1)\n        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")\n    ax.set_xlabel("Epochs")\n    ax.set_ylabel(key.replace("_", " ").title())',
     '    for index, (name, history) in enumerate(histories):\n        curves = _curves(history)\n        epochs = list(range(1, len(curves[key]) + 1))\n        colour = f"C{index % 10}"\n        ax.plot(epochs, curves["val_" + key], linestyle="--", color=colour, label=f"{name.title()} Val")\n        ax.plot(epochs, curves[key], linestyle="-", color=colour, label=f"{name.title()} Train")\n    ax.set_xlabel("Epochs")\n    ax.set_ylabel(key)'),
]
