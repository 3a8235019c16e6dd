"""Wrong: leaves "smaller network" out of an overfitting run whose training accuracy is below 0.8, reasoning that shrinking a weak model makes it worse; breaks 'overfitting, when train_accuracy - val_accuracy > 0.1: "more data", "dropout", "smaller network", "regularization"'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('        if inputs == "images":\n            picked.add("augmentation")\n        return picked',
     '        if inputs == "images":\n            picked.add("augmentation")\n        if train_accuracy < 0.8:\n            picked.discard("smaller network")\n        return picked'),
]
