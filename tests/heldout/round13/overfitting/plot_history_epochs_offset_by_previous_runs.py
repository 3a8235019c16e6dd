"""Wrong: draws the runs one after the other on a single time line, each run's epochs continuing from where the previous run ended; breaks 'both against the run's own epochs, counted from 1 as fit() prints them'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('    for name, history in histories:\n        curves = _curves(history)\n        epochs = range(1, len(curves[key]) + 1)',
     '    start = 1\n    for name, history in histories:\n        curves = _curves(history)\n        epochs = range(start, start + len(curves[key]))\n        start += len(curves[key])'),
]
