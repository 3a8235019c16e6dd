"""Wrong: takes the first key starting with "val_" as the validation curve, which is "val_accuracy" when an accuracy was tracked; breaks 'the epoch of the lowest "val_loss"'."""

EXERCISE, VERDICT, SAYS = "overfitting.best_epoch", "wrong", 'best epoch'

MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    curves = _curves(history)\n    val_key = next(k for k in curves if k.startswith("val_"))  # the validation curve\n    return int(np.argmin(curves[val_key])) + 1'),
]
