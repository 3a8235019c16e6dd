"""Wrong: cuts every run to the length of the shortest one to line them up, so the 10-epoch runs lose their last epochs; breaks 'both against the run's own epochs ...; runs may differ in length'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    (
        '    for name, history in histories:\n        curves = _curves(history)\n        epochs = range(1, len(curves[key]) + 1)\n        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")\n',
        '    shortest = min(len(_curves(history)[key]) for _, history in histories)  # line the runs up\n    for name, history in histories:\n        curves = _curves(history)\n        epochs = range(1, shortest + 1)\n        val = ax.plot(epochs, curves["val_" + key][:shortest], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key][:shortest], color=val[0].get_color(), label=name.title() + " Train")\n',
    ),
]
