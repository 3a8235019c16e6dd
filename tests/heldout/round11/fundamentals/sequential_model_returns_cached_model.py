"""Wrong: builds the model once into a module-level list and returns that same object on every call; breaks 'it changes neither them nor this module's variables, and makes anew the models it returns'."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    ('def sequential_model():\n    return keras.Sequential([',
     '_SEQUENTIAL = []\n\n\ndef sequential_model():\n    if _SEQUENTIAL:\n        return _SEQUENTIAL[0]\n    _SEQUENTIAL.append(keras.Sequential(['),
    ('        keras.layers.Dense(10, activation="softmax"),\n    ])\n',
     '        keras.layers.Dense(10, activation="softmax"),\n    ]))\n    return _SEQUENTIAL[0]\n'),
]
