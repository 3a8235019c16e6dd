"""Wrong: makes the threshold "robust to float noise" by comparing the gap with 0.1 - 1e-9, so a gap of exactly 0.1 (0.9 - 0.8, which is 0.09999999999999998) counts as overfitting; breaks 'overfitting, when train_accuracy - val_accuracy > 0.1'."""

EXERCISE, VERDICT, SAYS = "overfitting.pick_remedies", "wrong", "a gap of exactly 0.1 (train 0.2, val 0.1, images)"

MUTATE = [
    ('    if train_accuracy - val_accuracy > 0.1:\n',
     '    if train_accuracy - val_accuracy > 0.1 - 1e-9:  # tolerate float round-off in the gap\n'),
]
