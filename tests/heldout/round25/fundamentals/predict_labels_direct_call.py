"""Right: calls the model in inference mode instead of predict(), converts to NumPy, and labels with np.where(p > threshold, 1, 0) for one unit or argmax over the last axis, as int64 of shape (N,)."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "done"

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
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)
    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)
    return history, test_loss, test_acc


def predict_labels(model, x, threshold=0.5):
    outputs = keras.ops.convert_to_numpy(model(np.asarray(x), training=False))
    if outputs.ndim == 2 and outputs.shape[1] == 1:
        return np.where(outputs[:, 0] > threshold, 1, 0).astype(np.int64)
    return outputs.argmax(axis=-1).astype(np.int64)


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
