"""Right: predicts the whole input as one batch (batch_size=len(x))."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "done"

MUTATE = [
    ('    probs = model.predict(x, verbose=0)',
     '    probs = model.predict(x, batch_size=max(len(x), 1), verbose=0)'),
]
