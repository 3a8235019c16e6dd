"""Wrong: skips the first epoch ('its loss is noise') and plots epochs 2..n; breaks 'both against the run's own epochs, counted from 1 as fit() prints them'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ("""        epochs = range(1, len(curves[key]) + 1)
        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")""",
     """        epochs = range(2, len(curves[key]) + 1)
        val = ax.plot(epochs, curves["val_" + key][1:], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key][1:], color=val[0].get_color(), label=name.title() + " Train")"""),
]
