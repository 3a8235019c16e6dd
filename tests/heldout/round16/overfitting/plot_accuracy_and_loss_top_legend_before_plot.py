"""Wrong: called top.legend() right after creating the subplots, before plotting anything on them, so the top legend is empty (matplotlib warns "No artists with labels found"); breaks 'with a legend on each'."""

EXERCISE, VERDICT = 'overfitting.plot_accuracy_and_loss', 'wrong'

MUTATE = [
    ('    top.legend(loc="lower right")\n',
     ''),
    ('    top.plot(curves["accuracy"], label="Training Accuracy")',
     '    top.legend(loc="lower right")\n    top.plot(curves["accuracy"], label="Training Accuracy")'),
]
