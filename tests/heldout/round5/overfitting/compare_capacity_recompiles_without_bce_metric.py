"""Wrong: Recompiled every model with accuracy alone before fitting 'so they are trained alike', losing the binary_crossentropy metric plot_history draws; breaks 'models: {name: compiled model} ... each history as fit() returned it ... what plot_history(histories) takes'."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ('        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)',
     '        model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])\n        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)'),
]
