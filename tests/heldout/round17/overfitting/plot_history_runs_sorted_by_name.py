"""Right: draws the runs sorted by name (sorted(histories, key=lambda pair: pair[0])); each run still gets its own colour, its own epochs and its labels, and the docstring fixes no drawing order."""

EXERCISE, VERDICT = "overfitting.plot_history", "done"

MUTATE = [
    ('    for name, history in histories:\n        curves = _curves(history)\n        epochs',
     '    for name, history in sorted(histories, key=lambda pair: pair[0]):\n        curves = _curves(history)\n        epochs'),
]
