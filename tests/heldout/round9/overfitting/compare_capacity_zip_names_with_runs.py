"""Right: zips the model names with a generator of fit() calls; zip draws the generator in order, so the models are fitted one by one in the given order."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "done"

MUTATE = [
    (
        '    histories = []\n    for name, model in models.items():\n        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)\n        histories.append((name, history))\n    return histories\n',
        '    runs = (model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                      validation_data=(val_data, val_labels), verbose=0) for model in models.values())\n    return list(zip(models, runs))\n',
    ),
]
