"""Wrong: caches the model per num_words in a module dict, so a second call with another kind or factor gets the first call's penalty; breaks 'it changes neither them nor this module's variables, and makes anew the models it returns'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     '    if num_words in _REGULARIZED_MODELS:\n        return _REGULARIZED_MODELS[num_words]\n    model = _REGULARIZED_MODELS[num_words] = _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n    return model'),
    ('def regularized_model(num_words=10000, kind="l2", factor=0.001):',
     '_REGULARIZED_MODELS = {}\n\n\ndef regularized_model(num_words=10000, kind="l2", factor=0.001):'),
]
