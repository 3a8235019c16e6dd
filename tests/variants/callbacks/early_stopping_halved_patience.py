"""Wrong: halves the patience (max(1, patience // 2)) reasoning that the best weights come back anyway, so patience 7 stops after 3 epochs without improvement; breaks 'waits `patience` epochs without improvement, then stops'."""

EXERCISE, VERDICT, SAYS = "callbacks.early_stopping", "wrong", "patience for patience=2"

MUTATE = [
    ('return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)',
     'return keras.callbacks.EarlyStopping(\n'
     '        monitor="val_loss",\n'
     '        # the best weights are restored anyway, so half the wait loses nothing and saves epochs\n'
     '        patience=max(1, patience // 2),\n'
     '        restore_best_weights=True,\n'
     '    )'),
]
