"""Wrong: caches the model per num_words in a module dict, so a second call with another rate gets the first call's model; breaks 'it changes neither them nor this module's variables, and makes anew the models it returns'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('def dropout_model(num_words=10000, rate=0.5):\n    return _binary(',
     '_DROPOUT_MODELS = {}\n\n\ndef dropout_model(num_words=10000, rate=0.5):\n    if num_words in _DROPOUT_MODELS:\n        return _DROPOUT_MODELS[num_words]\n    model = _DROPOUT_MODELS[num_words] = _binary('),
    ('num_words=num_words)\n\n\ndef regularized_model',
     'num_words=num_words)\n    return model\n\n\ndef regularized_model'),
]
