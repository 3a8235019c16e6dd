"""Wrong: rounds every score to two decimals before comparing (round(val_accuracy, 2)), so close runs tie and the best score returned is not the run's own; breaks 'scored by its last epoch's "val_accuracy"'."""

EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", 'best score'

MUTATE = [
    ('        scores[rate, width, drop] = history.history["val_accuracy"][-1]',
     '        scores[rate, width, drop] = round(history.history["val_accuracy"][-1], 2)'),
]
