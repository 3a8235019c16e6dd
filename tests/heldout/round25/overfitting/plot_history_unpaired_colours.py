"""Wrong: let matplotlib pick each line's colour, so a run's training curve takes the next colour of the cycle; dashes and labels still tell them apart; breaks 'the two in one colour, the run's own'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")',
     'ax.plot(epochs, curves[key], label=name.title() + " Train")'),
]
