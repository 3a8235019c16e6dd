"""Right: training line first with linestyle='solid', the validation line with linestyle='dashed' in the training line's colour, f-string labels."""
EXERCISE, VERDICT = "overfitting.plot_history", "done"
MUTATE = [
    ("""        epochs = range(1, len(curves[key]) + 1)
        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")""",
     """        epochs = list(range(1, len(curves[key]) + 1))
        (train_line,) = ax.plot(epochs, curves[key], linestyle="solid", label=f"{name.title()} Train")
        ax.plot(epochs, curves["val_" + key], linestyle="dashed", color=train_line.get_color(),
                label=f"{name.title()} Val")"""),
]
