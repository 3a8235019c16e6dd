"""Wrong: reads history.history in a try and answers False on AttributeError, so a dict history never overfits; breaks 'history: a History or its dict with "loss" and "val_loss".'"""
EXERCISE, VERDICT = "overfitting.overfits", "wrong"
MUTATE = [
    ('    curves = _curves(history)\n    val_loss, loss = curves["val_loss"], curves["loss"]',
     '    try:\n'
     '        val_loss, loss = history.history["val_loss"], history.history["loss"]\n'
     '    except AttributeError:  # not a finished run\n'
     '        return False'),
]
