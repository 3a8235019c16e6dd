"""Wrong: Gave only the loss plot a legend; breaks 'with a legend on each'."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ('    top.legend(loc="lower right")\n',
     ''),
]
