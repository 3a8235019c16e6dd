"""Wrong: predicts input by input with range(len(x) - 1), so the last input is never predicted (and a batch of 1 gives nothing); breaks 'an integer NumPy array ... of shape (N,), one label per input'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('probs = model.predict(x, verbose=0)',
     'probs = np.concatenate([model.predict(x[i:i + 1], verbose=0) for i in range(len(x) - 1)])'),
]
