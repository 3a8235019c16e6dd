"""Right: passes Keras' own activation functions (keras.activations.relu / sigmoid) and metric objects named as the strings would be."""

EXERCISE, VERDICT, SAYS = "overfitting.capacity_models", "done", ""

import keras


def capacity_models(num_words=10000):
    models = {}
    for name, units in {"baseline": 16, "smaller": 4, "bigger": 512}.items():
        model = keras.Sequential([
            keras.Input(shape=(num_words,)),
            keras.layers.Dense(units, activation=keras.activations.relu),
            keras.layers.Dense(units, activation=keras.activations.relu),
            keras.layers.Dense(1, activation=keras.activations.sigmoid),
        ])
        model.compile(optimizer=keras.optimizers.Adam(),
                      loss=keras.losses.BinaryCrossentropy(),
                      metrics=[keras.metrics.BinaryAccuracy(name="accuracy"),
                               keras.metrics.BinaryCrossentropy(name="binary_crossentropy")])
        models[name] = model
    return models
