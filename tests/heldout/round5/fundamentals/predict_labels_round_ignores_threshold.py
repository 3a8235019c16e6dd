"""Wrong: Rounded the binary probability instead of comparing it with threshold; breaks 'the label is 1 where it is above `threshold`'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ('return (probs[:, 0] > threshold).astype("int64")',
     'return np.round(probs[:, 0]).astype("int64")'),
]
