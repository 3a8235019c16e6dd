"""Wrong: refactors the layers into a _dense(units, activation="relu") helper and calls _dense(10) for the output too, so the output is relu, not softmax; breaks 'an output layer of 10 units, softmax: one probability per class'."""

EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "wrong", "layer 3"

MUTATE = [
    ('def sequential_model():\n'
     '    return keras.Sequential([\n'
     '        keras.Input(shape=(28, 28)),\n'
     '        keras.layers.Flatten(),\n'
     '        keras.layers.Dense(128, activation="relu"),\n'
     '        keras.layers.Dense(10, activation="softmax"),\n'
     '    ])',
     'def _dense(units, activation="relu"):\n'
     '    return keras.layers.Dense(units, activation=activation)\n'
     '\n'
     '\n'
     'def sequential_model():\n'
     '    return keras.Sequential([\n'
     '        keras.Input(shape=(28, 28)),\n'
     '        keras.layers.Flatten(),\n'
     '        _dense(128),\n'
     '        _dense(10),\n'
     '    ])'),
]
