"""Wrong: answers underfitting with "bigger network" and "train longer", a name REMEDIES does not have; breaks 'Use the names in REMEDIES'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('        return {"bigger network"}',
     '        return {"bigger network", "train longer"}'),
]
