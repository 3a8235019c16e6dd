"""Wrong: adds validation_steps=1 to keep validation quick, so each epoch validates on the first batch of the held-out data only; right when the held-out set fits in one batch; breaks 'val_data, val_labels: what each model is validated on after every epoch'."""

EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", 'first batch only'

MUTATE = [
    (
        '        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), verbose=0)\n        histories.append((name, history))\n',
        '        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,\n                            validation_data=(val_data, val_labels), validation_steps=1, verbose=0)\n        histories.append((name, history))\n',
    ),
]
