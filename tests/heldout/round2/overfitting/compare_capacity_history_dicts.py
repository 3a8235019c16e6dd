"""Correct: A list comprehension that keeps each run's .history dict (accepted by the docstring)."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "done"
MUTATE = [
    ('    histories = []\n    for name, model in models.items():\n        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)\n        histories.append((name, history))\n    return histories',
     '    return [(name, model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                             validation_data=(val_data, val_labels), verbose=0).history)\n            for name, model in models.items()]'),
]
