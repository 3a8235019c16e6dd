"""Right: Loops over the keys, looks each model up, passes shuffle=True explicitly and validates on the given set."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "done"
MUTATE = [
    ("""    histories = []
    for name, model in models.items():
        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,
                            validation_data=(val_data, val_labels), verbose=0)
        histories.append((name, history))
    return histories""",
     """    histories = []
    for name in models:
        model = models[name]
        run = model.fit(x=train_data, y=train_labels, batch_size=batch_size, epochs=epochs,
                        validation_data=(val_data, val_labels), shuffle=True, verbose=0)
        histories.append((name, run))
    return histories"""),
]
