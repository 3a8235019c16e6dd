"""Wrong: calls keras.config.set_floatx("float64") for precision, changing Keras's default float type for the whole process (keras.ops arrays, new Inputs and, in a fresh session, every layer become float64); breaks 'Every function works from its arguments alone ... changes neither them nor this module's variables'."""
EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "wrong", 'keras.config.floatx()'

MUTATE = [
    ('    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),',
     '    keras.config.set_floatx("float64")\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),'),
]
