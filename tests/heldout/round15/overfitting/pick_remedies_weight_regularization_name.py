"""Wrong: names the penalty remedy "weight regularization", after the note's heading 重みの正則化, instead of the name in REMEDIES; breaks 'Use the names in REMEDIES'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('        picked = {"more data", "dropout", "smaller network", "regularization"}',
     '        picked = {"more data", "dropout", "smaller network", "weight regularization"}'),
]
