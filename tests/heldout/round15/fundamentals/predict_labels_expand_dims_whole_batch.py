"""Wrong: single-image habit from the tutorials: wraps x in np.expand_dims(x, 0) before predicting and takes [0], treating the whole batch as one input, so the model refuses the extra axis; breaks 'x: a batch of N inputs'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('    probs = model.predict(x, verbose=0)',
     '    probs = model.predict(np.expand_dims(x, 0), verbose=0)[0]'),
]
