"""Wrong: Let matplotlib pick each line's colour, so train and val of a run differ; breaks 'the two in one colour'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")',
     'ax.plot(epochs, curves[key], label=name.title() + " Train")'),
]
