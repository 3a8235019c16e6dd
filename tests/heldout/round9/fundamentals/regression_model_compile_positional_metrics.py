"""Wrong: calls model.compile(RMSprop(0.001), "mse", ["mae", "mse"]) in Keras 2's order; Keras 3's third parameter is loss_weights, so no metric is compiled; breaks 'Compiled with the mse loss, the RMSprop optimizer at learning rate 0.001 and the metrics mae and mse'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    (
        '    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])\n',
        '    model.compile(keras.optimizers.RMSprop(0.001), "mse", ["mae", "mse"])\n',
    ),
]
