"""Right: compiles with Adam, SparseCategoricalCrossentropy and SparseCategoricalAccuracy(name="accuracy") as objects, and reads the test loss and accuracy by name from evaluate(return_dict=True)."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"

import os

import keras
import numpy as np


def scale_pixels(images):
    return np.asarray(images, dtype="float32") / 255.0


def normalize_features(train, test):
    mean = train.mean(axis=0)
    std = train.std(axis=0)
    return (train - mean) / std, (test - mean) / std


def sequential_model():
    return keras.Sequential([
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ])


def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):
    model.compile(optimizer=keras.optimizers.Adam(),
                  loss=keras.losses.SparseCategoricalCrossentropy(),
                  metrics=[keras.metrics.SparseCategoricalAccuracy(name="accuracy")])
    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)
    scores = model.evaluate(x_test, y_test, verbose=0, return_dict=True)
    return history, float(scores["loss"]), float(scores["accuracy"])


def predict_labels(model, x, threshold=0.5):
    probs = model.predict(x, verbose=0)
    if probs.shape[-1] == 1:
        return (probs[:, 0] > threshold).astype("int64")
    return np.argmax(probs, axis=1)


def binary_classifier(vocab_size=10000):
    model = keras.Sequential([
        keras.layers.Embedding(vocab_size, 16),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    return model


def multiclass_classifier(num_classes=10, one_hot=False):
    model = keras.Sequential([
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(num_classes, activation="softmax"),
    ])
    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"
    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])
    return model


def regression_model(num_features):
    model = keras.Sequential([
        keras.Input(shape=(num_features,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(1),
    ])
    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])
    return model


def save_and_reload(model, folder):
    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.load_model(path), os.path.getsize(path)
