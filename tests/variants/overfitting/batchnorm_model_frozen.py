"""Wrong: frozen BatchNormalization layers learn nothing and stay in inference mode."""
EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "wrong", "gamma and beta are learned"

import keras


def batchnorm_model(num_words=10000):
    model = keras.Sequential([
        keras.Input(shape=(num_words,)),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.BatchNormalization(trainable=False),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.BatchNormalization(trainable=False),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model
