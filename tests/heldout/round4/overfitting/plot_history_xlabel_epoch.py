"""Wrong: Labelled the x axis 'Epoch' (singular, as Keras prints it); breaks 'the x axis labelled "Epochs"'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ("""    ax.set_xlabel("Epochs")
    ax.set_ylabel(key.replace""",
     """    ax.set_xlabel("Epoch")
    ax.set_ylabel(key.replace"""),
]
