"""Right: fits with x=/y= keywords, an explicit shuffle=True, and grows the list with +=."""

EXERCISE, VERDICT = 'overfitting.compare_capacity', 'done'

MUTATE = [
    ('        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)\n        histories.append((name, history))',
     '        history = model.fit(x=train_data, y=train_labels, batch_size=batch_size, epochs=epochs,\n                            shuffle=True, validation_data=(val_data, val_labels), verbose=0)\n        histories += [(name, history)]'),
]
