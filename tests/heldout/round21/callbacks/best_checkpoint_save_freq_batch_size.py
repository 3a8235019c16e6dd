"""Wrong: replaces note 001's save_freq="epoch" with the notes' batch size 32, so it checks every 32 batches, where no val_loss is logged, and never writes the file; breaks 'writes it only when val_loss improves, so that the file ends up holding the best epoch's weights'."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"
MUTATE = [
    ("save_best_only=True, save_weights_only=True)",
     "save_best_only=True, save_weights_only=True, save_freq=32)"),
]
