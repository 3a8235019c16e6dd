"""Wrong: reads history.history directly, which fails for the dict form; breaks 'Every function here that takes a history accepts either form'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('    curves = _curves(history)\n    val_loss, loss = curves["val_loss"], curves["loss"]',
     '    curves = history.history\n    val_loss, loss = curves["val_loss"], curves["loss"]'),
]
