"""Right: gathers the shared fit() settings in one dict and unpacks it into every fit, appending (name, history) as it goes."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "done"

MUTATE = [
    ('    histories = []\n    for name, model in models.items():\n        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)\n        histories.append((name, history))\n    return histories',
     '    settings = dict(epochs=epochs, batch_size=batch_size, validation_data=(val_data, val_labels), verbose=0)\n    histories = []\n    for name in models:\n        histories.append((name, models[name].fit(train_data, train_labels, **settings)))\n    return histories'),
]
