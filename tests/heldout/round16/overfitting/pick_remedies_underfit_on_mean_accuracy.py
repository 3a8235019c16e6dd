"""Wrong: judged underfitting by the mean of the two accuracies ((train + val) / 2 < 0.8) instead of the training accuracy, so a run training at 0.8 with a small gap is sent a bigger network; breaks 'underfitting, when it does not overfit but train_accuracy < 0.8'."""

EXERCISE, VERDICT = 'overfitting.pick_remedies', 'wrong'

MUTATE = [
    ('    if train_accuracy < 0.8:',
     '    if (train_accuracy + val_accuracy) / 2 < 0.8:'),
]
