"""Wrong: replaces the two per-axes legends by one figure legend; breaks 'with a legend on each'."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ('''    top.legend(loc="lower right")
''',
     ''),
    ('    bottom.legend(loc="upper right")',
     '    fig.legend(loc="upper right")'),
]
