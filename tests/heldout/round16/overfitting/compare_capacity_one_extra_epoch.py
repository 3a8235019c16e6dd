"""Wrong: fitted every model for epochs + 1 epochs, counting the epochs as range(0, epochs + 1); breaks 'epochs, batch_size: the same for every model' (fitted with those epochs)."""

EXERCISE, VERDICT = 'overfitting.compare_capacity', 'wrong'

MUTATE = [
    ('model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,',
     'model.fit(train_data, train_labels, epochs=epochs + 1, batch_size=batch_size,'),
]
