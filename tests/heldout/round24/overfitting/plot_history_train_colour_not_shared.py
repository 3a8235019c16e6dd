"""Wrong: the learner left out color=val[0].get_color() on the training line, trusting matplotlib to keep the colour, so each run's training curve takes the next colour of the cycle; breaks 'the two in one colour, the run's own'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")',
     'ax.plot(epochs, curves[key], label=name.title() + " Train")'),
]
