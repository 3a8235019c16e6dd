"""Right: the learner reads the curves with the kit's getattr(history, "history", history), turns "val_loss" into a tensor with keras.ops.convert_to_tensor, takes keras.ops.argmin of it and returns int(...) + 1; the position of the lowest validation loss, counted from 1 as fit() prints epochs, for a History or its dict, whether the best epoch is the first, a middle one or the last."""

EXERCISE, VERDICT = "overfitting.best_epoch", "done"

MUTATE = [
    ('''    return int(np.argmin(_curves(history)["val_loss"])) + 1''',
     '''    val_loss = keras.ops.convert_to_tensor(getattr(history, "history", history)["val_loss"])
    return int(keras.ops.argmin(val_loss)) + 1'''),
]
