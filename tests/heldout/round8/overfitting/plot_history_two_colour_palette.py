"""Wrong: colours the runs from a two-colour list by index % 2, so the third run has the first run's colour; breaks 'the two in one colour, the run's own'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    (
        '    for name, history in histories:\n        curves = _curves(history)\n        epochs = range(1, len(curves[key]) + 1)\n        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")\n',
        '    for index, (name, history) in enumerate(histories):\n        curves = _curves(history)\n        epochs = range(1, len(curves[key]) + 1)\n        colour = ["tab:blue", "tab:orange"][index % 2]\n        ax.plot(epochs, curves["val_" + key], "--", color=colour, label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=colour, label=name.title() + " Train")\n',
    ),
]
