"""Wrong: indexes history['accuracy'] directly, which fails for a History object; breaks 'history: a History or its dict, with the four keys above.'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    ('    curves = _curves(history)\n    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))',
     '    curves = history\n    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))'),
]
