"""Wrong: Labelled the y axis "Loss" whatever the key; breaks 'the y axis labelled with the key' (key "accuracy")."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('    ax.set_ylabel(key.replace("_", " ").title())',
     '    ax.set_ylabel("Loss")'),
]
