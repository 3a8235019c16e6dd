"""Wrong: keeps each run's epoch numbers in the run's own history dict (a new "epochs" key); breaks 'it changes neither them nor this module's variables'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('''        epochs = range(1, len(curves[key]) + 1)
''',
     '''        curves["epochs"] = list(range(1, len(curves[key]) + 1))
        epochs = curves["epochs"]
'''),
]
