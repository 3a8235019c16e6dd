"""Wrong: Returned each name title-cased ('Baseline') for the plot's labels; breaks 'one pair per model, in the order of `models`' with the given names (the grader's names are its own)."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ("""        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,
                            validation_data=(val_data, val_labels), verbose=0)
        histories.append((name, history))""",
     """        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,
                            validation_data=(val_data, val_labels), verbose=0)
        histories.append((name.title(), history))"""),
]
