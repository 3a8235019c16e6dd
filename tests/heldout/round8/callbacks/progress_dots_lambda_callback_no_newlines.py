"""Wrong: a LambdaCallback that prints a dot per epoch and never starts a new line, so 250 epochs print one line of 250 dots; breaks 'a new line started before the dots of epochs 0, 100, 200, ...'."""

EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"

MUTATE = [
    (
        'def progress_dots():\n    return PrintDot()',
        'def progress_dots():\n    return keras.callbacks.LambdaCallback(on_epoch_end=lambda epoch, logs: print(".", end=""))',
    ),
]
