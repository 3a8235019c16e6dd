"""Right: one dict of fit settings shared by every run (epochs, batch_size, validation_data, and validation_batch_size equal to batch_size for a faster validation pass), fitted in the order of models; returns the (name, History) pairs."""

EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "done", ""


def compare_capacity(models, train_data, train_labels, val_data, val_labels, epochs=20, batch_size=512):
    settings = {
        "epochs": epochs,
        "batch_size": batch_size,
        "validation_data": (val_data, val_labels),
        "validation_batch_size": batch_size,
        "verbose": 0,
    }
    return [(name, model.fit(train_data, train_labels, **settings)) for name, model in models.items()]
