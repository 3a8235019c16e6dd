"""Right: names the weights file after the number of epochs and keeps its path in a variable."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "done"

MUTATE = [
    ('    checkpoint = keras.callbacks.ModelCheckpoint(\n        filepath=os.path.join(folder, "checkpoint.weights.h5"),',
     '    path = os.path.join(folder, f"after_{epochs}_epochs.weights.h5")\n    checkpoint = keras.callbacks.ModelCheckpoint(\n        filepath=path,'),
    ('    fresh.load_weights(checkpoint.filepath)\n',
     '    fresh.load_weights(path)\n'),
]
