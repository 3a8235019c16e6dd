"""Wrong: saves with keras.callbacks.BackupAndRestore (made to resume an interrupted fit) and loads its latest.weights.h5; breaks 'a keras.callbacks.ModelCheckpoint writes only the weights, at the end of every epoch'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    (
        '    checkpoint = keras.callbacks.ModelCheckpoint(\n        filepath=os.path.join(folder, "checkpoint.weights.h5"),\n        save_weights_only=True, save_best_only=False, save_freq="epoch")\n',
        '    checkpoint = keras.callbacks.BackupAndRestore(backup_dir=folder, delete_checkpoint=False)\n',
    ),
    (
        '    fresh.load_weights(checkpoint.filepath)\n',
        '    fresh.load_weights(os.path.join(folder, "latest.weights.h5"))\n',
    ),
]
