"""Wrong: labels the x axis with the key and the y axis "Epochs"; breaks 'the x axis labelled "Epochs", the y axis labelled with the key'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('    ax.set_xlabel("Epochs")\n    ax.set_ylabel(key.replace("_", " ").title())',
     '    ax.set_xlabel(key.replace("_", " ").title())\n    ax.set_ylabel("Epochs")'),
]
