"""Wrong: Fitted each model once to train and again to get a History; breaks 'each was fitted once'."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ('        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)',
     '        model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size, verbose=0)\n        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)'),
]
