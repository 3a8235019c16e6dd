"""Wrong: caches the compiled model in a module dict keyed by vocab_size and hands the same (possibly already trained) model back on the next call; breaks 'it changes neither them nor this module's variables, and makes anew the models it returns'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('def binary_classifier(vocab_size=10000):\n    model = keras.Sequential([',
     '_BINARY_MODELS = {}\n\n\ndef binary_classifier(vocab_size=10000):\n    if vocab_size in _BINARY_MODELS:\n        return _BINARY_MODELS[vocab_size]\n    model = _BINARY_MODELS[vocab_size] = keras.Sequential(['),
]
