"""Wrong: Read history.history directly, which fails on a plain dict; breaks 'each history a History or its dict'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('    for name, history in histories:\n        curves = _curves(history)',
     '    for name, history in histories:\n        curves = history.history'),
]
