"""Wrong: Drew only each run's validation curve, dashed; breaks 'the validation curve, "val_" + key, dashed, and the training curve, key, solid'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ("""        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")""",
     '        ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")'),
]
