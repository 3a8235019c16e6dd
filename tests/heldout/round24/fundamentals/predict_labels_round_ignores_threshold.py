"""Wrong: the learner rounded the sigmoid output (np.round, which even sends exactly 0.5 to 0), right for the default cut-off but blind to the threshold argument; breaks 'the label is 1 where it is above `threshold`, else 0' for threshold 0.8."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('return (probs[:, 0] > threshold).astype("int64")',
     'return np.round(probs[:, 0]).astype("int64")'),
]
