"""Wrong: names the first remedy after note 003's heading, "more training data", not a name of REMEDIES; breaks 'Use the names in REMEDIES'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('{"more data", "dropout"',
     '{"more training data", "dropout"'),
]
