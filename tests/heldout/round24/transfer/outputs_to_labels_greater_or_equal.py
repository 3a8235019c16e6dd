"""Wrong: the learner thresholded binary scores with >= 0.5, the way "at least half" is usually written; every score away from the boundary gets the right label, but a logit of exactly 0 (sigmoid 0.5) or a probability of exactly 0.5 becomes 1; breaks 'Exactly 0.5 (a logit of exactly 0) is not above 0.5: label 0'."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    ('        return (probs > 0.5).astype("int64")',
     '        return (probs >= 0.5).astype("int64")'),
]
