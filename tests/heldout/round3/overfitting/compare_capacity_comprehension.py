"""Right: A list comprehension over models.items(), fit() called with keywords for the data too."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "done"
MUTATE = [
    ('''    histories = []
    for name, model in models.items():
        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,
                            validation_data=(val_data, val_labels), verbose=0)
        histories.append((name, history))
    return histories''',
     '''    return [(name, model.fit(x=train_data, y=train_labels, batch_size=batch_size, epochs=epochs,
                             validation_data=(val_data, val_labels), shuffle=True, verbose=0))
            for name, model in models.items()]'''),
]
