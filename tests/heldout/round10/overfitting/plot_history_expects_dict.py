"""Wrong: iterates histories.items(), as if the runs came as a {name: history} dict; breaks 'histories: a list of (name, history) pairs; each history a History or its dict.'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('    for name, history in histories:\n        curves = _curves(history)\n        epochs = range(1, len(curves[key]) + 1)',
     '    for name, history in histories.items():\n        curves = _curves(history)\n        epochs = range(1, len(curves[key]) + 1)'),
]
