"""Wrong: reads history.history inside a try and returns epoch 1 on AttributeError, so every dict history answers 1; breaks 'history: a History or its dict.'"""
EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"
MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    try:\n'
     '        return int(np.argmin(history.history["val_loss"])) + 1\n'
     '    except AttributeError:  # nothing trained yet: the first epoch\n'
     '        return 1'),
]
