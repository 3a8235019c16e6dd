"""Wrong: copy-paste slip, the dashed 'Val' line plots curves[key] (the training values) instead of curves['val_' + key]; breaks 'the validation curve, "val_" + key, dashed'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ("""        epochs = range(1, len(curves[key]) + 1)
        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")""",
     """        epochs = range(1, len(curves[key]) + 1)
        val = ax.plot(epochs, curves[key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")"""),
]
