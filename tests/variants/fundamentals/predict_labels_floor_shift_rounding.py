"""Wrong: thresholds with the StackOverflow rounding trick floor(p + 1 - threshold), which gives 1 exactly at the threshold; breaks 'the label is 1 where it is above `threshold`, else 0 (exactly at the threshold is 0)'."""

EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", "labels at threshold 0.5 of probabilities [0.5]"

MUTATE = [
    ('return (probs[:, 0] > threshold).astype("int64")',
     'return np.floor(probs[:, 0] + (1 - threshold)).astype("int64")'),
]
