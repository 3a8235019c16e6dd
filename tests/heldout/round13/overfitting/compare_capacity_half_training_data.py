"""Wrong: trains every model on the first half of the training data to keep the comparison quick (all alike, but not on what it was given); breaks 'train_data, train_labels: what each model trains on.'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('        history = model.fit(train_data, train_labels, epochs=epochs,',
     '        half = len(train_data) // 2\n        history = model.fit(train_data[:half], train_labels[:half], epochs=epochs,'),
]
