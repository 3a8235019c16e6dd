"""Wrong: memoises the labels in a module-level dict keyed by the input's bytes, so a second call on the same inputs with another threshold (or another model) returns the first call's labels; breaks 'Every function works from its arguments alone' and 'the label is 1 where it is above `threshold`'."""

EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", "the module variable _LABELS"

MUTATE = [
    ('def predict_labels(model, x, threshold=0.5):\n'
     '    probs = model.predict(x, verbose=0)\n'
     '    if probs.shape[-1] == 1:\n'
     '        return (probs[:, 0] > threshold).astype("int64")\n'
     '    return np.argmax(probs, axis=1)',
     '_LABELS = {}  # labels already worked out, by input\n'
     '\n'
     '\n'
     'def predict_labels(model, x, threshold=0.5):\n'
     '    key = np.asarray(x).tobytes()\n'
     '    if key not in _LABELS:\n'
     '        probs = model.predict(x, verbose=0)\n'
     '        if probs.shape[-1] == 1:\n'
     '            _LABELS[key] = (probs[:, 0] > threshold).astype("int64")\n'
     '        else:\n'
     '            _LABELS[key] = np.argmax(probs, axis=1)\n'
     '    return _LABELS[key]'),
]
