"""Wrong: appends (history, name) pairs instead of (name, history); breaks '[(name, history), ...]: one pair per model, in the order of `models`'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('        histories.append((name, history))',
     '        histories.append((history, name))'),
]
