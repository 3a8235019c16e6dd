"""Right: one list comprehension over models.items(), the data and settings passed by keyword."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "done"

def compare_capacity(models, train_data, train_labels, val_data, val_labels, epochs=20, batch_size=512):
    settings = dict(epochs=epochs, batch_size=batch_size, validation_data=(val_data, val_labels), verbose=0)
    return [(name, model.fit(x=train_data, y=train_labels, **settings)) for name, model in models.items()]
