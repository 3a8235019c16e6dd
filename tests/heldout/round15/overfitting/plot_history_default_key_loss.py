"""Wrong: gives key the default "loss" (what most tutorials plot) instead of "binary_crossentropy", so plot_history(histories) draws the loss, penalties included; breaks 'the metric is what plot_history draws: the loss itself may hold penalties, the metric never does'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('def plot_history(histories, key="binary_crossentropy"):',
     'def plot_history(histories, key="loss"):'),
]
