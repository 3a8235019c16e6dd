"""Wrong: Copy-pasted the labels the wrong way round: the dashed validation line says 'Train' and the solid training line 'Val'; breaks 'each line labelled with the run's name and "Train" or "Val"' (for its own curve)."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ("""        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")""",
     """        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Train")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Val")"""),
]
