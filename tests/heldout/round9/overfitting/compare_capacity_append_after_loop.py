"""Wrong: appends the pair after the loop (one indent too few), so every model is fitted but only the last one's history is returned; breaks '[(name, history), ...]: one pair per model, in the order of `models`'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    (
        '        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)\n        histories.append((name, history))\n',
        '        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)\n    histories.append((name, history))\n',
    ),
]
