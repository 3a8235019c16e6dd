"""Wrong: declares the input as keras.Input(shape=(num_features)), without the comma that makes a one-element tuple, so the shape is a bare int, which Keras refuses; breaks 'Layers, in order, for inputs of `num_features` columns'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    (
        '        keras.Input(shape=(num_features,)),\n',
        '        keras.Input(shape=(num_features)),\n',
    ),
]
