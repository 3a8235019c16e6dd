"""Wrong: Labelled only the x axis; breaks 'the y axis labelled with the key'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('    ax.set_ylabel(key.replace("_", " ").title())\n',
     ''),
]
