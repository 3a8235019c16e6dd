"""Wrong: Returned {} when no remedy is needed, an empty dict, not a set; breaks 'a set of remedy names (an empty set when none is needed)'."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"
MUTATE = [
    ('return set()',
     'return {}'),
]
