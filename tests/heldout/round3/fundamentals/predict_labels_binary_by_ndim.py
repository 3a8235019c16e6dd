"""Wrong: Detected the binary model by a 1-D output (probs.ndim == 1), so the (N, 1) output goes to argmax and gives all 0; breaks 'a binary model gives ... shape (N, 1): the label is 1 where it is above threshold'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ('    if probs.shape[-1] == 1:',
     '    if probs.ndim == 1:'),
]
