"""Wrong: Plotted the validation curve against its list index (0..) and the training curve against 1..; breaks 'both against the run's own epochs ... the same epochs for both'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")',
     '        val = ax.plot(curves["val_" + key], "--", label=name.title() + " Val")'),
]
