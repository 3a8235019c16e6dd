"""Wrong: names each history with model.name ('sequential_3') instead of the dictionary's key; breaks 'Returns: [(name, history), ...]: one pair per model, in the order of `models`' (the names given)."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ('        histories.append((name, history))',
     '        histories.append((model.name, history))'),
]
