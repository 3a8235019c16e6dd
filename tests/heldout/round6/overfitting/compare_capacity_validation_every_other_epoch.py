"""Wrong: passes validation_freq=2 to save time, so the models are validated every second epoch only; breaks 'val_data, val_labels: what each model is validated on after every epoch'."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ('                            validation_data=(val_data, val_labels), verbose=0)',
     '                            validation_data=(val_data, val_labels), validation_freq=2, verbose=0)'),
]
