"""Wrong: watches val_binary_crossentropy, as note 003's plots do, a metric the model may not have; breaks 'a keras.callbacks.EarlyStopping that watches val_loss'."""
EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"
MUTATE = [
    ('monitor="val_loss", patience=patience, restore_best_weights=True)',
     'monitor="val_binary_crossentropy", patience=patience, restore_best_weights=True)'),
]
