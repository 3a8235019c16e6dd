"""Wrong: builds every model in one loop and compiles and fits them in a second loop, where `rate` is the first loop's last value: every model trains at the last learning rate; breaks 'compiled with the Adam optimizer at that learning rate'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('    scores = {}\n    for rate, width, drop in itertools.product(learning_rates, units, dropouts):\n        model = keras.Sequential([',
     '    scores, models = {}, {}\n    for rate, width, drop in itertools.product(learning_rates, units, dropouts):\n        models[rate, width, drop] = keras.Sequential(['),
    ('        ])\n        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate)',
     '        ])\n    for key, model in models.items():\n        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate)'),
    ('        scores[rate, width, drop] = history.history["val_accuracy"][-1]',
     '        scores[key] = history.history["val_accuracy"][-1]'),
]
