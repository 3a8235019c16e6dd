"""Right: a helper fitted over models.items() with map(), every fit argument by keyword."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "done"
MUTATE = [
    ("""    histories = []
    for name, model in models.items():
        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,
                            validation_data=(val_data, val_labels), verbose=0)
        histories.append((name, history))
    return histories""",
     """    def run(item):
        name, model = item
        history = model.fit(x=train_data, y=train_labels, batch_size=batch_size, epochs=epochs, verbose=0,
                            validation_data=(val_data, val_labels))
        return name, history

    return list(map(run, models.items()))"""),
]
