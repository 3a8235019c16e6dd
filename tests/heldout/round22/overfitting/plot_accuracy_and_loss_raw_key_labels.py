"""Wrong: labels each curve with its history key ("accuracy", "val_loss"), as pandas' DataFrame(history.history).plot() does; breaks 'labelled "Training Accuracy" and "Validation Accuracy"'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    ('label="Training Accuracy"',
     'label="accuracy"'),
    ('label="Validation Accuracy"',
     'label="val_accuracy"'),
    ('label="Training Loss"',
     'label="loss"'),
    ('label="Validation Loss"',
     'label="val_loss"'),
]
