"""Wrong: creates the three layers once at module level and puts the same layer objects in every model, so two models share their weights; breaks 'makes anew the models it returns'."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    ('import keras\nimport numpy as np\n',
     'import keras\nimport numpy as np\n\n_LAYERS = [\n    keras.layers.Flatten(),\n    keras.layers.Dense(128, activation="relu"),\n    keras.layers.Dense(10, activation="softmax"),\n]\n'),
    ('def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),\n    ])',
     'def sequential_model():\n    return keras.Sequential([keras.Input(shape=(28, 28)), *_LAYERS])'),
]
