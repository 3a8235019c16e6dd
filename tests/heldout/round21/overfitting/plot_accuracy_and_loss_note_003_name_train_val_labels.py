"""Wrong: labels the curves the way note 003's plot_history does ("Accuracy Train", "Accuracy Val", "Loss Train", "Loss Val"); breaks 'labelled "Training Accuracy" and "Validation Accuracy"'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    ('label="Training Accuracy"',
     'label="Accuracy Train"'),
    ('label="Validation Accuracy"',
     'label="Accuracy Val"'),
    ('label="Training Loss"',
     'label="Loss Train"'),
    ('label="Validation Loss"',
     'label="Loss Val"'),
]
