"""Wrong: rounds the binary probabilities with floor(p + 0.5), which turns exactly 0.5 (a logit of exactly 0) into 1; breaks 'Exactly 0.5 (a logit of exactly 0) is not above 0.5: label 0'."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    ('        return (probs > 0.5).astype("int64")',
     '        return np.floor(probs + 0.5).astype("int64")'),
]
