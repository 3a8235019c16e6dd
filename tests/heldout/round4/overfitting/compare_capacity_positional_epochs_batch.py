"""Wrong: Passed epochs and batch size positionally, fit(x, y, epochs, batch_size), but fit's third and fourth parameters are batch_size then epochs; breaks 'epochs, batch_size: the same for every model' (each model trains batch_size epochs in batches of epochs)."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ("""        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,
                            validation_data=(val_data, val_labels), verbose=0)
        histories.append((name, history))""",
     """        history = model.fit(train_data, train_labels, epochs, batch_size,
                            validation_data=(val_data, val_labels), verbose=0)
        histories.append((name, history))"""),
]
