"""Wrong: puts a Normalization layer first and never adapts it, an extra layer that the note's build_model does not have; breaks 'Layers, in order, for inputs of `num_features` columns: a hidden layer of 64 units, relu'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    (
        '        keras.Input(shape=(num_features,)),\n',
        '        keras.Input(shape=(num_features,)),\n        keras.layers.Normalization(),  # features on one scale\n',
    ),
]
