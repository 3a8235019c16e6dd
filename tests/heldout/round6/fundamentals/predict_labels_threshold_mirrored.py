"""Wrong: reads the threshold as the confidence needed for class 0, giving 1 where the probability is above 1 - threshold; breaks 'the label is 1 where it is above `threshold`'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ('        return (probs[:, 0] > threshold).astype("int64")',
     '        return (probs[:, 0] > 1 - threshold).astype("int64")'),
]
