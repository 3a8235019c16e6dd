"""Wrong: Told a binary model by probs.ndim == 1, but its output is (N, 1), so it argmaxes one column and always says 0; breaks 'a binary model ... gives one probability per input, shape (N, 1): the label is 1 where it is above threshold'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ('if probs.shape[-1] == 1:',
     'if probs.ndim == 1:\n        return (probs > threshold).astype("int64")\n    if False:'),
]
