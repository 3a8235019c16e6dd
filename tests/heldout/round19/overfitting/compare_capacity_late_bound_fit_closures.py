"""Wrong: queues one lambda per model and runs them after the loop, so every lambda fits the last model (late binding) and the others stay untrained; breaks 'one pair per model, in the order of `models`, each history as fit() returned it'."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ('''    histories = []
    for name, model in models.items():
        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,
                            validation_data=(val_data, val_labels), verbose=0)
        histories.append((name, history))
    return histories''', '''    runs = []
    for name, model in models.items():
        runs.append((name, lambda: model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,
                                             validation_data=(val_data, val_labels), verbose=0)))
    return [(name, run()) for name, run in runs]'''),
]
