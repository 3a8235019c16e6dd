"""Wrong: Fitted without validation data and evaluated on it once after training; breaks 'val_data, val_labels: what each model is validated on after every epoch' (no val_ curves for plot_history)."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ('''        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,
                            validation_data=(val_data, val_labels), verbose=0)''',
     '''        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size, verbose=0)
        model.evaluate(val_data, val_labels, batch_size=batch_size, verbose=0)'''),
]
