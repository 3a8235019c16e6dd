"""Wrong: calls a run overfitting only when its validation accuracy is also below 0.8; breaks 'overfitting, when train_accuracy - val_accuracy > 0.1'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('''    if train_accuracy - val_accuracy > 0.1:
''',
     '''    if train_accuracy - val_accuracy > 0.1 and val_accuracy < 0.8:
'''),
]
