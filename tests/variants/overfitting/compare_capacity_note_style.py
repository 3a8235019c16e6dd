"""Correct: the note's way, one fit per model written out, histories as their dicts."""
EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "done", ""


def compare_capacity(models, train_data, train_labels, val_data, val_labels, epochs=20, batch_size=512):
    runs = {}
    for name in models:
        runs[name] = models[name].fit(train_data,
                                      train_labels,
                                      epochs=epochs,
                                      batch_size=batch_size,
                                      validation_data=(val_data, val_labels),
                                      verbose=2)
    return [(name, runs[name].history) for name in models]
