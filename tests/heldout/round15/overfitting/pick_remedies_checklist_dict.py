"""Wrong: returns the note's checklist as a dict {remedy: True or False} over all of REMEDIES, so the names it holds are every remedy, ticked or not; breaks 'a set of remedy names (an empty set when none is needed; a list or tuple of the names passes too)'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('def pick_remedies(train_accuracy, val_accuracy, inputs="images"):\n',
     'def pick_remedies(train_accuracy, val_accuracy, inputs="images"):\n    picked = _diagnose(train_accuracy, val_accuracy, inputs)\n    return {remedy: remedy in picked for remedy in REMEDIES}\n\n\ndef _diagnose(train_accuracy, val_accuracy, inputs):\n'),
]
