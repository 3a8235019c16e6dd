"""Right: the learner builds note 003's regression model with the functional API, keras.Input(shape=(num_features,)), two Dense(64, relu) and a Dense(1) with no activation, wrapped in keras.Model, and compiles it with objects: RMSprop(learning_rate=1e-3), MeanSquaredError() as the loss and MeanAbsoluteError(name="mae") and MeanSquaredError(name="mse") as the metrics; the input width follows num_features."""

EXERCISE, VERDICT = "fundamentals.regression_model", "done"

MUTATE = [
    ('''    model = keras.Sequential([
        keras.Input(shape=(num_features,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(1),
    ])
    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])
    return model''',
     '''    features = keras.Input(shape=(num_features,))
    hidden = keras.layers.Dense(64, activation="relu")(features)
    hidden = keras.layers.Dense(64, activation="relu")(hidden)
    value = keras.layers.Dense(1)(hidden)
    model = keras.Model(inputs=features, outputs=value)
    model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=1e-3),
                  loss=keras.losses.MeanSquaredError(),
                  metrics=[keras.metrics.MeanAbsoluteError(name="mae"),
                           keras.metrics.MeanSquaredError(name="mse")])
    return model'''),
]
