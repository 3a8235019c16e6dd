"""Wrong: Yielded the (name, history) pairs, making a generator; breaks 'Returns: [(name, history), ...]' (a list)."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ('        histories.append((name, history))\n    return histories',
     '        yield name, history'),
]
