"""Wrong: told that Keras 3 rejects 'checkpoint.ckpt', the learner named the file best.keras and dropped save_weights_only (which then raises for that suffix); the checkpoint holds the whole model, not only its weights; breaks 'a keras.callbacks.ModelCheckpoint that writes only the weights (not the whole model)'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    ('path = os.path.join(folder, "best.weights.h5")',
     'path = os.path.join(folder, "best.keras")'),
    ('monitor="val_loss", save_best_only=True, save_weights_only=True)',
     'monitor="val_loss", save_best_only=True)'),
]
