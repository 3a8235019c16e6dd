"""Wrong: Returned {name: history}; breaks 'Returns: [(name, history), ...]'."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ('    histories = []\n',
     '    histories = {}\n'),
    ('histories.append((name, history))',
     'histories[name] = history'),
]
