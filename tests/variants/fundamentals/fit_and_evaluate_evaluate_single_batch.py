"""Right: scores the whole test set as one batch (evaluate(batch_size=len(x_test))), like sklearn's score()."""

EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "done", ""

import os

import keras
import numpy as np


def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):
    model.compile(optimizer=keras.optimizers.Adam(), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)
    test_loss, test_acc = model.evaluate(x_test, y_test, batch_size=len(x_test), verbose=0)
    return history, test_loss, test_acc
