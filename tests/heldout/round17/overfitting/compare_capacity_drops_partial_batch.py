"""Wrong: trims the training data to a whole number of batches (len // batch_size * batch_size) before fitting, so the last samples are never trained on; breaks 'train_data, train_labels: what each model trains on'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,',
     '        whole = len(train_data) // batch_size * batch_size\n        history = model.fit(train_data[:whole], train_labels[:whole], epochs=epochs, batch_size=batch_size,'),
]
