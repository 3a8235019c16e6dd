"""Wrong: rounded the binary probabilities to 0 or 1, which is the default cut-off of 0.5 the learner tried; any other threshold is ignored; breaks 'the label is 1 where it is above `threshold`'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('return (probs[:, 0] > threshold).astype("int64")',
     'return np.round(probs[:, 0]).astype("int64")'),
]
