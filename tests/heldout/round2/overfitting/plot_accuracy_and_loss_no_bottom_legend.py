"""Wrong: Legend on the top plot only; breaks 'with a legend on each'."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ('    bottom.legend(loc="upper right")\n',
     ''),
]
