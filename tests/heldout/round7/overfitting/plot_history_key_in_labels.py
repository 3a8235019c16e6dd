"""Wrong: labels the lines with the metric's name instead of the run's ('Binary_Crossentropy Val'), so the runs cannot be told apart; breaks 'each line labelled with the run's name and "Train" or "Val"'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ("""        epochs = range(1, len(curves[key]) + 1)
        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")""",
     """        epochs = range(1, len(curves[key]) + 1)
        val = ax.plot(epochs, curves["val_" + key], "--", label=key.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=key.title() + " Train")"""),
]
