"""Wrong: Never labelled the x axis; breaks 'and a legend, the x axis labelled "Epochs"'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('''    ax.set_xlabel("Epochs")
''',
     ''),
]
