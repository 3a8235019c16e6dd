"""Right: labels each line with the run's name exactly as given (no .title()) plus ' Val' / ' Train'."""
EXERCISE, VERDICT = "overfitting.plot_history", "done"
MUTATE = [
    ('''        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")''',
     '''        val = ax.plot(epochs, curves["val_" + key], "--", label=f"{name} Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=f"{name} Train")'''),
]
