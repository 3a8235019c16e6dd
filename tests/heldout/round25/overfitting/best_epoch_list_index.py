"""Right: finds the lowest val_loss with min() and its first position with list.index, plus one; the same epoch as np.argmin for ties, as a plain int."""

EXERCISE, VERDICT = "overfitting.best_epoch", "done"

import itertools

import keras
import matplotlib.pyplot as plt
import numpy as np

REMEDIES = ("more data", "augmentation", "dropout", "smaller network", "bigger network",
            "regularization", "batch norm")


def _curves(history):
    """A History's dict, or the dict itself."""
    return getattr(history, "history", history)


def plot_history(histories, key="binary_crossentropy"):
    fig, ax = plt.subplots(figsize=(8, 5))
    for name, history in histories:
        curves = _curves(history)
        epochs = range(1, len(curves[key]) + 1)
        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")
    ax.set_xlabel("Epochs")
    ax.set_ylabel(key.replace("_", " ").title())
    ax.legend()
    return fig


def plot_accuracy_and_loss(history):
    curves = _curves(history)
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))
    top.plot(curves["accuracy"], label="Training Accuracy")
    top.plot(curves["val_accuracy"], label="Validation Accuracy")
    top.set_ylabel("Accuracy")
    top.legend(loc="lower right")
    bottom.plot(curves["loss"], label="Training Loss")
    bottom.plot(curves["val_loss"], label="Validation Loss")
    bottom.set_ylabel("Loss")
    bottom.set_xlabel("epoch")
    bottom.legend(loc="upper right")
    return fig


def best_epoch(history):
    val_loss = list(getattr(history, "history", history)["val_loss"])
    return val_loss.index(min(val_loss)) + 1


def overfits(history, patience=3):
    curves = _curves(history)
    val_loss, loss = curves["val_loss"], curves["loss"]
    best = int(np.argmin(val_loss))
    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]


def _binary(*layers, num_words):
    """A compiled binary classifier of multi-hot word vectors, as note 003 compiles them."""
    model = keras.Sequential([keras.Input(shape=(num_words,)), *layers])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model


def capacity_models(num_words=10000):
    return {
        name: _binary(keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)
        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))
    }


def compare_capacity(models, train_data, train_labels, val_data, val_labels, epochs=20, batch_size=512):
    histories = []
    for name, model in models.items():
        history = model.fit(train_data, train_labels, epochs=epochs, batch_size=batch_size,
                            validation_data=(val_data, val_labels), verbose=0)
        histories.append((name, history))
    return histories


def dropout_model(num_words=10000, rate=0.5):
    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)


def regularized_model(num_words=10000, kind="l2", factor=0.001):
    def penalty():
        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)

    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)


def batchnorm_model(num_words=10000):
    return _binary(keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)


def pick_remedies(train_accuracy, val_accuracy, inputs="images"):
    if train_accuracy - val_accuracy > 0.1:
        picked = {"more data", "dropout", "smaller network", "regularization"}
        if inputs == "images":
            picked.add("augmentation")
        return picked
    if train_accuracy < 0.8:
        return {"bigger network"}
    return set()


def tune(x, y, learning_rates, units, dropouts, epochs=3, validation_split=0.25):
    scores = {}
    for rate, width, drop in itertools.product(learning_rates, units, dropouts):
        model = keras.Sequential([
            keras.Input(shape=x.shape[1:]),
            keras.layers.Dense(width, activation="relu"),
            keras.layers.Dropout(drop),
            keras.layers.Dense(1, activation="sigmoid"),
        ])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",
                      metrics=["accuracy"])
        history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)
        scores[rate, width, drop] = history.history["val_accuracy"][-1]
    best = max(scores, key=scores.get)
    return {"learning_rate": best[0], "units": best[1], "dropout": best[2]}, scores[best]
