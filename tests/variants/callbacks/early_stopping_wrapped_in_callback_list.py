"""Wrong: wraps the callback in a keras.callbacks.CallbackList, as a chatbot's callbacks= helper does; breaks 'Returns: the EarlyStopping callback'."""

EXERCISE, VERDICT, SAYS = "callbacks.early_stopping", "wrong", "returned value"

MUTATE = [
    ('return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     'return keras.callbacks.CallbackList(\n        [keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)])'),
]
