"""Right: leaves the Input out of the Sequential list and calls model.build((None, num_features)) before compiling; the model has the same three Dense layers for num_features columns."""

EXERCISE, VERDICT = 'fundamentals.regression_model', 'done'

MUTATE = [
    ('        keras.Input(shape=(num_features,)),\n',
     ''),
    ('        keras.layers.Dense(1),\n    ])\n',
     '        keras.layers.Dense(1),\n    ])\n    model.build((None, num_features))\n'),
]
