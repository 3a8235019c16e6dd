"""Wrong: thins long runs for a lighter plot, keeping one epoch in every len // 5 (every second epoch of a 10-epoch run), so the lines no longer run through every epoch of the run; breaks 'both against the run's own epochs, counted from 1 as fit() prints them'."""

EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "baseline training curve"

MUTATE = [
    ('        epochs = range(1, len(curves[key]) + 1)\n'
     '        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n'
     '        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")\n',
     '        step = max(1, len(curves[key]) // 5)  # about five points a line: lighter, easier to read\n'
     '        epochs = range(1, len(curves[key]) + 1, step)\n'
     '        val = ax.plot(epochs, curves["val_" + key][::step], "--", label=name.title() + " Val")\n'
     '        ax.plot(epochs, curves[key][::step], color=val[0].get_color(), label=name.title() + " Train")\n'),
]
