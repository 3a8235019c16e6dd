"""Wrong: the learner gave the epochs 1.. to the training line but plotted the validation list alone, so matplotlib draws it against 0..; both curves look fine but are shifted by one epoch; breaks 'both against the run's own epochs, ... the same epochs for both'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")',
     'val = ax.plot(curves["val_" + key], "--", label=name.title() + " Val")'),
]
