"""Right: every EarlyStopping argument given positionally, in the signature's order (monitor, min_delta, patience, verbose, mode, baseline, restore_best_weights)."""

EXERCISE, VERDICT = "callbacks.early_stopping", "done"

from keras.callbacks import EarlyStopping


def early_stopping(patience=10):
    return EarlyStopping("val_loss", 0, patience, 0, "min", None, True)
