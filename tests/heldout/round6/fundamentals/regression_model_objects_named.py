"""Right: explicit linear output; optimizer, loss and metrics as objects (metrics named mae and mse)."""
EXERCISE, VERDICT = "fundamentals.regression_model", "done"
MUTATE = [
    ('''        keras.layers.Dense(1),
    ])
    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])''',
     '''        keras.layers.Dense(1, activation="linear"),
    ])
    model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=1e-3), loss=keras.losses.MeanSquaredError(),
                  metrics=[keras.metrics.MeanAbsoluteError(name="mae"), keras.metrics.MeanSquaredError(name="mse")])'''),
]
