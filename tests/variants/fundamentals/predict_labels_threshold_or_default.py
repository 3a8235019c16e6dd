"""Wrong: guards the argument with threshold = threshold or 0.5, so a cut-off of 0.0 silently becomes 0.5; breaks 'threshold: the binary cut-off'."""

EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", 'threshold 0.0'

MUTATE = [
    ('    probs = model.predict(x, verbose=0)\n    if probs.shape[-1] == 1:',
     '    threshold = threshold or 0.5\n    probs = model.predict(x, verbose=0)\n    if probs.shape[-1] == 1:'),
]
