"""Wrong: labels only the validation lines ('one legend entry per run is enough'); breaks 'each line labelled with the run's name and "Train" or "Val"'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")',
     '        ax.plot(epochs, curves[key], color=val[0].get_color())  # one legend entry per run'),
]
