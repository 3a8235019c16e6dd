"""Wrong: maps key "accuracy" to the Keras 2 history name "acc" (note 004's logs), which Keras 3 Histories do not have (KeyError); breaks 'key: the metric to plot, e.g. "binary_crossentropy", "loss" or "accuracy"'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('def plot_history(histories, key="binary_crossentropy"):\n    fig, ax',
     'def plot_history(histories, key="binary_crossentropy"):\n    key = {"accuracy": "acc"}.get(key, key)  # note 004 logs "acc" / "val_acc"\n    fig, ax'),
]
