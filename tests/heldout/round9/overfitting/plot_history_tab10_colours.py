"""Right: gives run i the colour plt.cm.tab10(i) and passes it to both of its lines explicitly, instead of reusing the validation line's colour."""

EXERCISE, VERDICT = "overfitting.plot_history", "done"

MUTATE = [
    (
        '    for name, history in histories:\n',
        '    for index, (name, history) in enumerate(histories):\n        colour = plt.cm.tab10(index % 10)\n',
    ),
    (
        '        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n',
        '        val = ax.plot(epochs, curves["val_" + key], "--", color=colour, label=name.title() + " Val")\n',
    ),
    (
        '        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")\n',
        '        ax.plot(epochs, curves[key], color=colour, label=name.title() + " Train")\n',
    ),
]
