"""Right: fixes the shared fit arguments once with functools.partial(keras.Model.fit, ...) and applies it to each model in a comprehension."""

EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "done", ""

import functools

import keras


def compare_capacity(models, train_data, train_labels, val_data, val_labels, epochs=20, batch_size=512):
    fit = functools.partial(keras.Model.fit, x=train_data, y=train_labels, epochs=epochs,
                            batch_size=batch_size, validation_data=(val_data, val_labels), verbose=0)
    return [(name, fit(model)) for name, model in models.items()]
