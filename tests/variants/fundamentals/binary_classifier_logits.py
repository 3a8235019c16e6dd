"""Correct: a linear output with BinaryCrossentropy(from_logits=True), objects everywhere."""
EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "done", ""

import keras


def binary_classifier(vocab_size=10000):
    model = keras.Sequential()
    model.add(keras.layers.Embedding(vocab_size, 16))
    model.add(keras.layers.GlobalAvgPool1D())
    model.add(keras.layers.Dense(16, activation=keras.activations.relu))
    model.add(keras.layers.Dense(1))
    model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.BinaryCrossentropy(from_logits=True),
                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0)])
    return model
