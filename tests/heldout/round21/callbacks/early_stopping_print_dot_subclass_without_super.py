"""Wrong: merges note 003's two callbacks into an EarlyStopping subclass whose on_epoch_end prints PrintDot's dots and never calls super(), so it never counts patience nor stops; breaks 'waits `patience` epochs without improvement, then stops and restores the weights of the epoch with the lowest val_loss'."""
EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"
MUTATE = [
    ("    return keras.callbacks.EarlyStopping(monitor=\"val_loss\", patience=patience, restore_best_weights=True)",
     "    class EarlyStopWithDots(keras.callbacks.EarlyStopping):\n"
     "        def on_epoch_end(self, epoch, logs=None):\n"
     "            if epoch % 100 == 0:\n"
     "                print(\"\")\n"
     "            print(\".\", end=\"\")\n"
     "\n"
     "    return EarlyStopWithDots(monitor=\"val_loss\", patience=patience, restore_best_weights=True)"),
]
