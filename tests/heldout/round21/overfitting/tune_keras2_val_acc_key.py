"""Wrong: scores each run by history.history["val_acc"][-1], the Keras 2 name (note 004's logs), which a Keras 3 run compiled with "accuracy" does not have (KeyError); breaks 'scored by its last epoch's "val_accuracy"'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('history.history["val_accuracy"][-1]',
     'history.history["val_acc"][-1]'),
]
