"""Wrong: names the lines afterwards through lambdas made in the loop, which all read the last run's name; breaks 'each line labelled with the run's name and "Train" or "Val"'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('''    for name, history in histories:
        curves = _curves(history)
        epochs = range(1, len(curves[key]) + 1)
        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")
''', '''    namers = []
    for name, history in histories:
        curves = _curves(history)
        epochs = range(1, len(curves[key]) + 1)
        val = ax.plot(epochs, curves["val_" + key], "--")
        train = ax.plot(epochs, curves[key], color=val[0].get_color())
        namers.append((val[0], lambda: name.title() + " Val"))
        namers.append((train[0], lambda: name.title() + " Train"))
    for line, namer in namers:
        line.set_label(namer())
'''),
]
