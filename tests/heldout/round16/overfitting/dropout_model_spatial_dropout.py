"""Wrong: used keras.layers.SpatialDropout1D(rate) (an NLP course's dropout after an Embedding) after the hidden layers, which wants 3-D inputs and makes building the model raise a ValueError; breaks 'Returns: the compiled model' with its dropouts of `rate`."""

EXERCISE, VERDICT = 'overfitting.dropout_model', 'wrong'

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),',
     '    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.SpatialDropout1D(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.SpatialDropout1D(rate),'),
]
