"""Wrong: pops the runs off the given list while plotting, leaving the caller's list empty; breaks 'it changes neither them nor this module's variables'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('''    for name, history in histories:
''',
     '''    while histories:
        name, history = histories.pop(0)
'''),
]
