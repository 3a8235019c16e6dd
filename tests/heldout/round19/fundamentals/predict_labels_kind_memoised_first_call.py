"""Wrong: decides binary or multiclass on the first call and keeps it in a module variable, so a later model of the other kind is read the wrong way; breaks 'it changes neither them, nor this module's variables'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('import numpy as np\n',
     'import numpy as np\n\n_BINARY = None  # worked out on the first call\n'),
    ('    probs = model.predict(x, verbose=0)\n    if probs.shape[-1] == 1:',
     '    global _BINARY\n    probs = model.predict(x, verbose=0)\n    if _BINARY is None:\n        _BINARY = probs.shape[-1] == 1\n    if _BINARY:'),
]
