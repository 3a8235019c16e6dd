"""Right: gets the optimizer with keras.optimizers.get({"class_name": "rmsprop", "config": {"learning_rate": 0.001}}): RMSprop at 0.001."""

EXERCISE, VERDICT = "fundamentals.regression_model", "done"

MUTATE = [
    (
        '    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])\n',
        '    optimizer = keras.optimizers.get({"class_name": "rmsprop", "config": {"learning_rate": 0.001}})\n    model.compile(loss="mse", optimizer=optimizer, metrics=["mae", "mse"])\n',
    ),
]
