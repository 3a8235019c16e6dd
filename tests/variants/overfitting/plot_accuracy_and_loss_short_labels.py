"""Wrong: Labelled the accuracy lines 'Train Accuracy' and 'Val Accuracy'; breaks 'labelled "Training Accuracy" and "Validation Accuracy"'."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "wrong", "expected 'Training Accuracy'"
MUTATE = [
    ('label="Training Accuracy"',
     'label="Train Accuracy"'),
    ('label="Validation Accuracy"',
     'label="Val Accuracy"'),
]
