"""Wrong: passes steps=1 to predict (from dataset code: one pass), which on arrays stops after the first batch of 32, so longer inputs get only 32 labels; breaks 'an integer NumPy array (not a tensor) of shape (N,), one label per input'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('    probs = model.predict(x, verbose=0)',
     '    probs = model.predict(x, steps=1, verbose=0)'),
]
