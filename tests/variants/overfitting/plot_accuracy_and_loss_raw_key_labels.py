"""Wrong: labels each curve with its history key ("accuracy", "val_loss"), as pandas' DataFrame(history.history).plot() does; breaks 'labelled "Training Accuracy" and "Validation Accuracy"'."""

EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "wrong", "accuracy training label"

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
