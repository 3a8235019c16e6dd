"""Right: draws each validation curve with a dash pattern of its own, linestyle=(0, (5, 3)): still a dashed line, in the run's colour, with the solid training curve."""

EXERCISE, VERDICT = "overfitting.plot_history", "done"

MUTATE = [
    ('        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")\n',
     '        val = ax.plot(epochs, curves["val_" + key], linestyle=(0, (5, 3)), label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")\n'),
]
