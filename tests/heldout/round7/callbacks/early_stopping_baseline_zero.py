"""Wrong: adds baseline=0.0 ('the loss cannot go below 0'), so no epoch ever counts as an improvement and training stops after `patience` epochs whatever val_loss does; breaks 'waits `patience` epochs without improvement, then stops'."""
EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"
MUTATE = [
    ('monitor="val_loss", patience=patience, restore_best_weights=True)',
     'monitor="val_loss", patience=patience, restore_best_weights=True, baseline=0.0)'),
]
