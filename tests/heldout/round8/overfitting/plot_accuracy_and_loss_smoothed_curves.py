"""Wrong: draws exponentially smoothed curves (as TensorBoard's smoothing slider does) instead of the recorded values; breaks 'top: "accuracy" and "val_accuracy" ... bottom: "loss" and "val_loss"'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    (
        'def plot_accuracy_and_loss(history):\n    curves = _curves(history)\n',
        'def _smooth(values, weight=0.6):\n    smoothed, last = [], values[0]\n    for value in values:\n        last = weight * last + (1 - weight) * value\n        smoothed.append(last)\n    return smoothed\n\n\ndef plot_accuracy_and_loss(history):\n    curves = {key: _smooth(values) for key, values in _curves(history).items()}  # easier to read\n',
    ),
]
