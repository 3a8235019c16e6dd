"""Wrong: indexes each history as a dict, which fails for History objects; breaks 'each history a History or its dict'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('    for name, history in histories:\n        curves = _curves(history)',
     '    for name, history in histories:\n        curves = dict(history)'),
]
