"""Wrong: collects the pairs with histories.insert(0, ...), so the list comes back in the reverse of the models' order; breaks 'one pair per model, in the order of `models`'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('        histories.append((name, history))',
     '        histories.insert(0, (name, history))'),
]
