"""Wrong: Read history.history directly, which fails on a dict; breaks 'history: a History or its dict'."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ('    curves = _curves(history)\n    fig, (top, bottom)',
     '    curves = history.history\n    fig, (top, bottom)'),
]
