"""Wrong: checked underfitting before overfitting, so a run below 0.8 that also overfits gets "bigger network"; a high-accuracy overfit run is unchanged; breaks 'underfitting, when it does not overfit but train_accuracy < 0.8'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('def pick_remedies(train_accuracy, val_accuracy, inputs="images"):\n',
     'def pick_remedies(train_accuracy, val_accuracy, inputs="images"):\n    if train_accuracy < 0.8:\n        return {"bigger network"}\n'),
]
