"""Wrong: pads every run with NaN to the longest run's length and plots all of them against that run's epochs, so a 6-epoch run's lines run to epoch 10; breaks 'both against the run's own epochs'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('    for name, history in histories:\n        curves = _curves(history)\n        epochs = range(1, len(curves[key]) + 1)\n        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")',
     '    longest = max(len(_curves(history)[key]) for _, history in histories)\n    for name, history in histories:\n        curves = _curves(history)\n        epochs = range(1, longest + 1)\n        pad = [np.nan] * (longest - len(curves[key]))\n        val = ax.plot(epochs, list(curves["val_" + key]) + pad, "--", label=name.title() + " Val")\n        ax.plot(epochs, list(curves[key]) + pad, color=val[0].get_color(), label=name.title() + " Train")'),
]
