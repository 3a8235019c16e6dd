"""Wrong: the learner thresholded with >= 0.5 ("half or more is class 1"), which matched on their random logits, none of them exactly 0; a logit of exactly 0 (probability 0.5) becomes 1; breaks 'Exactly 0.5 (a logit of exactly 0) is not above 0.5: label 0'."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    ('return (probs > 0.5).astype("int64")',
     'return (probs >= 0.5).astype("int64")'),
]
