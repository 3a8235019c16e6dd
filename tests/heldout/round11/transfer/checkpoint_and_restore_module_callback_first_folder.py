"""Wrong: creates the ModelCheckpoint once at module level on the first call and reuses it, so later calls write into the first call's folder; breaks 'it changes neither them nor this module's variables, and makes anew the models it returns'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('def checkpoint_and_restore(build_model, x, y, folder, epochs=2):\n    checkpoint = keras.callbacks.ModelCheckpoint(\n        filepath=os.path.join(folder, "checkpoint.weights.h5"),\n        save_weights_only=True, save_best_only=False, save_freq="epoch")',
     '_CHECKPOINTS = []\n\n\ndef checkpoint_and_restore(build_model, x, y, folder, epochs=2):\n    if not _CHECKPOINTS:\n        _CHECKPOINTS.append(keras.callbacks.ModelCheckpoint(\n            filepath=os.path.join(folder, "checkpoint.weights.h5"),\n            save_weights_only=True, save_best_only=False, save_freq="epoch"))\n    checkpoint = _CHECKPOINTS[0]'),
]
