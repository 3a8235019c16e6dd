"""Wrong: drew both curves of a run in one ax.plot(x, val, "--", x, train, "-", label=name) call, so the two lines take two colours from the cycle and share the bare run name as label; breaks 'the two in one colour, the run's own' and 'each line labelled with the run's name and "Train" or "Val"'."""

EXERCISE, VERDICT = 'overfitting.plot_history', 'wrong'

MUTATE = [
    ('        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")\n',
     '        ax.plot(epochs, curves["val_" + key], "--", epochs, curves[key], "-", label=name.title())\n'),
]
