"""Wrong: fits each model one epoch at a time in a loop and keeps the last call's History, which holds one epoch only; breaks 'one pair per model, in the order of `models`, each history as fit() returned it'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)',
     '        for _ in range(epochs):\n            history = model.fit(train_data, train_labels, epochs=1, batch_size=batch_size,\n                                validation_data=(val_data, val_labels), verbose=0)'),
]
