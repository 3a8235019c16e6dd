"""Wrong: caches the predictions per model in a module-level dict, so a second call with the same model and other inputs returns the first call's labels; breaks 'an integer NumPy array (not a tensor) of shape (N,), one label per input'."""

EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", 'module variable _PREDICTIONS'

MUTATE = [
    (
        'def predict_labels(model, x, threshold=0.5):\n    probs = model.predict(x, verbose=0)\n',
        '_PREDICTIONS = {}\n\n\ndef predict_labels(model, x, threshold=0.5):\n    if id(model) not in _PREDICTIONS:  # predicting is slow: once per model\n        _PREDICTIONS[id(model)] = model.predict(x, verbose=0)\n    probs = _PREDICTIONS[id(model)]\n',
    ),
]
