"""Wrong: Wrote its own Callback subclass that counts epochs without improvement, stops and puts back the best weights, instead of Keras's; breaks 'What must hold: a keras.callbacks.EarlyStopping that watches val_loss'."""
EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"
MUTATE = [
    ('    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     """    class PatientStop(keras.callbacks.Callback):
        def on_train_begin(self, logs=None):
            self.best, self.wait, self.best_weights = float("inf"), 0, None

        def on_epoch_end(self, epoch, logs=None):
            current = (logs or {}).get("val_loss")
            if current is None:
                return
            if current < self.best:
                self.best, self.wait, self.best_weights = current, 0, self.model.get_weights()
            else:
                self.wait += 1
                if self.wait >= patience:
                    self.model.stop_training = True
                    self.model.set_weights(self.best_weights)

    return PatientStop()"""),
]
