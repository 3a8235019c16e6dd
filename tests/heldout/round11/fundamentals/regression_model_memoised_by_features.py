"""Wrong: caches the compiled model per num_features in a module dict and returns the same (possibly trained) model again; breaks 'it changes neither them nor this module's variables, and makes anew the models it returns'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('def regression_model(num_features):\n    model = keras.Sequential([',
     '_REGRESSION_MODELS = {}\n\n\ndef regression_model(num_features):\n    if num_features in _REGRESSION_MODELS:\n        return _REGRESSION_MODELS[num_features]\n    model = _REGRESSION_MODELS[num_features] = keras.Sequential(['),
]
