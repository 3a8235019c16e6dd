"""Wrong: thresholds binary scores with np.heaviside(probs - 0.5, 1), which gives 1 at exactly 0.5; breaks 'Exactly 0.5 (a logit of exactly 0) is not above 0.5: label 0.'"""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    ('        return (probs > 0.5).astype("int64")\n',
     '        return np.heaviside(probs - 0.5, 1).astype("int64")\n'),
]
