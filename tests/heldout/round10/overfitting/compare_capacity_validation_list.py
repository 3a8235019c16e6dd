"""Right: passes the validation set as a [data, labels] list (Keras 3 unpacks lists as tuples) and batch_size before epochs by keyword."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "done"

MUTATE = [
    ('        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)',
     '        history = model.fit(train_data, train_labels, batch_size=batch_size, epochs=epochs,\n                            validation_data=[val_data, val_labels], verbose=0)'),
]
