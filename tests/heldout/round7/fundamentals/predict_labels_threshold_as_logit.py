"""Wrong: converts the threshold to a logit (log-odds) and compares the sigmoid probabilities with it, so 0.5 becomes a cut at 0.0; breaks 'the label is 1 where it is above `threshold`, else 0'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ('        return (probs[:, 0] > threshold).astype("int64")',
     '        return (probs[:, 0] > np.log(threshold / (1 - threshold))).astype("int64")'),
]
