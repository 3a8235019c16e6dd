"""Wrong: Stack Overflow habit: takes each run's colour from next(ax._get_lines.prop_cycler), a private attribute matplotlib 3.8 removed, so plotting raises AttributeError; breaks 'the two in one colour, the run's own'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")\n',
     '        colour = next(ax._get_lines.prop_cycler)["color"]\n        ax.plot(epochs, curves["val_" + key], "--", color=colour, label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=colour, label=name.title() + " Train")\n'),
]
