"""Right: fits each model in order, then collects each model's .history (the same History that fit returned)."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "done"
MUTATE = [
    ('''    histories = []
    for name, model in models.items():
        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,
                            validation_data=(val_data, val_labels), verbose=0)
        histories.append((name, history))
    return histories''',
     '''    for name in models:
        models[name].fit(train_data, train_labels, batch_size=batch_size, epochs=epochs, verbose=0,
                         validation_data=(val_data, val_labels))
    return [(name, model.history) for name, model in models.items()]'''),
]
