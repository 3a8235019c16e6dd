"""Right: Loops over the items with keyword arguments and returns each run's .history dict, which the docstring accepts."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "done"
MUTATE = [
    ('    histories = []\n    for name, model in models.items():\n        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)\n        histories.append((name, history))\n    return histories',
     '    pairs = []\n    for name in models:\n        run = models[name].fit(x=train_data, y=train_labels, batch_size=batch_size, epochs=epochs,\n                               validation_data=(val_data, val_labels), verbose=0)\n        pairs.append((name, run.history))\n    return pairs'),
]
