"""Wrong: Labelled the x axis 'Epoch' (singular, as Keras prints it); breaks 'the x axis labelled "Epochs"'."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "the plural"
MUTATE = [
    ("""    ax.set_xlabel("Epochs")
    ax.set_ylabel(key.replace""",
     """    ax.set_xlabel("Epoch")
    ax.set_ylabel(key.replace"""),
]
