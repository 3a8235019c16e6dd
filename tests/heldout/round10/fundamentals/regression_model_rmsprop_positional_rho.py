"""Right: builds RMSprop(0.001, 0.9), spelling out its default rho positionally, with the metric objects named mae and mse."""

EXERCISE, VERDICT = "fundamentals.regression_model", "done"

MUTATE = [
    ('optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])',
     'optimizer=keras.optimizers.RMSprop(0.001, 0.9),\n                  metrics=[keras.metrics.MeanAbsoluteError(name="mae"), keras.metrics.MeanSquaredError(name="mse")])'),
]
