"""Wrong: scans the curve as EarlyStopping(patience=3) would and stops at the first 3 epochs without improvement, missing a lower val_loss later; breaks 'the epoch of the lowest "val_loss"'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('''    return int(np.argmin(_curves(history)["val_loss"])) + 1
''',
     '''    best, best_loss, wait = 0, float("inf"), 0
    for epoch, loss in enumerate(_curves(history)["val_loss"]):
        if loss < best_loss:
            best, best_loss, wait = epoch, loss, 0
        else:
            wait += 1
            if wait >= 3:
                break
    return best + 1
'''),
]
