"""Wrong: a sigmoid output with from_logits=True applies the sigmoid twice."""
EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "wrong", "from_logits=True"

import keras


def binary_classifier(vocab_size=10000):
    model = keras.Sequential([
        keras.layers.Embedding(vocab_size, 16),
        keras.layers.GlobalAveragePooling1D(),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy(from_logits=True), metrics=["accuracy"])
    return model
