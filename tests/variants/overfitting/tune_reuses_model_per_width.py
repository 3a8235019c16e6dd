"""Wrong: builds one model per (units, dropout) and recompiles it for each learning rate to save building time, so every run after the first starts from the weights the previous rate trained; breaks '- a new model: inputs shaped as one row of x, a hidden layer of `units` units (relu)'."""

EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", "models"

MUTATE = [
    ('    for rate, width, drop in itertools.product(learning_rates, units, dropouts):\n'
     '        model = keras.Sequential([\n'
     '            keras.Input(shape=x.shape[1:]),\n'
     '            keras.layers.Dense(width, activation="relu"),\n'
     '            keras.layers.Dropout(drop),\n'
     '            keras.layers.Dense(1, activation="sigmoid"),\n'
     '        ])\n',
     '    built = {}  # one model per architecture: only the optimizer changes with the rate\n'
     '    for rate, width, drop in itertools.product(learning_rates, units, dropouts):\n'
     '        if (width, drop) not in built:\n'
     '            built[width, drop] = keras.Sequential([\n'
     '                keras.Input(shape=x.shape[1:]),\n'
     '                keras.layers.Dense(width, activation="relu"),\n'
     '                keras.layers.Dropout(drop),\n'
     '                keras.layers.Dense(1, activation="sigmoid"),\n'
     '            ])\n'
     '        model = built[width, drop]\n'),
]
