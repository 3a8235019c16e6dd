"""Wrong: colours each training curve like ax.lines[0], the first line drawn, instead of its own run's validation line; the first run looks right, every later run's training curve takes the first run's colour; breaks 'the two in one colour, the run's own'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    (
        '        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")\n',
        '        ax.plot(epochs, curves[key], color=ax.lines[0].get_color(), label=name.title() + " Train")\n',
    ),
]
