"""Wrong: Built the same layers with the functional API (keras.Model); breaks 'Returns: a keras.Sequential model'."""
EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "wrong", 'keras.Sequential([...])'
MUTATE = [
    ('''    return keras.Sequential([
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ])''',
     '''    inputs = keras.Input(shape=(28, 28))
    x = keras.layers.Flatten()(inputs)
    x = keras.layers.Dense(128, activation="relu")(x)
    outputs = keras.layers.Dense(10, activation="softmax")(x)
    return keras.Model(inputs, outputs)'''),
]
