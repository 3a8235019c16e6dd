"""Wrong: deletes the weights file once the fresh model has loaded it, to tidy up; the callback's file no longer exists when the caller looks for it; breaks 'a keras.callbacks.ModelCheckpoint writes only the weights, at the end of every epoch ... to a file inside `folder`'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    (
        '    fresh.load_weights(checkpoint.filepath)\n',
        '    fresh.load_weights(checkpoint.filepath)\n    os.remove(checkpoint.filepath)  # the weights are in the model now\n',
    ),
]
