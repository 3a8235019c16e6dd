"""Wrong: Did not pass batch_size to fit, so every model trains in Keras's default batches of 32; breaks 'epochs, batch_size: the same for every model (the note: 20 and 512)'."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ('''        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,
                            validation_data=(val_data, val_labels), verbose=0)''',
     '''        history = model.fit(train_data, train_labels, epochs=epochs,
                            validation_data=(val_data, val_labels), verbose=0)'''),
]
