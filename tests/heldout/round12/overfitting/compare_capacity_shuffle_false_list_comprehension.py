"""Right: builds the list in a comprehension and fits every model alike with shuffle=False."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "done"

MUTATE = [
    ('    histories = []\n    for name, model in models.items():\n        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)\n        histories.append((name, history))\n    return histories',
     '    return [(name, model.fit(train_data, train_labels, batch_size=batch_size, epochs=epochs, verbose=0,\n                             validation_data=(val_data, val_labels), shuffle=False))\n            for name, model in models.items()]'),
]
