"""Wrong: counts the x axis from history.params["epochs"], the epochs asked of fit(), so a run that EarlyStopping ended early gets more x values than points (and a dict has no params); breaks 'runs may differ in length (one that EarlyStopping ended has fewer epochs)'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('        epochs = range(1, len(curves[key]) + 1)',
     '        epochs = range(1, history.params["epochs"] + 1)'),
]
