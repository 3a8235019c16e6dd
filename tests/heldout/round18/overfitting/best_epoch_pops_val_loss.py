"""Wrong: takes the validation curve with dict.pop, removing "val_loss" from the given history (a second call fails); breaks 'it changes neither them nor this module's variables'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('''    return int(np.argmin(_curves(history)["val_loss"])) + 1
''',
     '''    return int(np.argmin(_curves(history).pop("val_loss"))) + 1
'''),
]
