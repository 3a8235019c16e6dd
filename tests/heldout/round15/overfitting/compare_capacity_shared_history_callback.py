"""Wrong: passes one keras.callbacks.History() to every fit and pairs each name with it; fit() returns that same object each time and its dict piles up every run's epochs, so all pairs hold one History with the curves of all the runs; breaks 'one pair per model ..., each history as fit() returned it'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('    histories = []\n    for name, model in models.items():\n        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)\n        histories.append((name, history))\n',
     '    histories = []\n    history = keras.callbacks.History()\n    for name, model in models.items():\n        model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                  validation_data=(val_data, val_labels), verbose=0, callbacks=[history])\n        histories.append((name, history))\n'),
]
