"""Wrong: drew each run's training curve as dots (format "o", as Deep Learning with Python's "bo" training curves) with the validation curve dashed; breaks 'the validation curve, "val_" + key, dashed, and the training curve, key, solid'."""

EXERCISE, VERDICT = 'overfitting.plot_history', 'wrong'

MUTATE = [
    ('ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")',
     'ax.plot(epochs, curves[key], "o", color=val[0].get_color(), label=name.title() + " Train")'),
]
