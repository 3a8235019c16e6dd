"""Wrong: Took the epochs from the first run for every run; breaks 'both against the run's own epochs ... runs may differ in length'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('epochs = range(1, len(curves[key]) + 1)',
     'epochs = range(1, len(_curves(histories[0][1])[key]) + 1)'),
]
