"""Wrong: the training accuracy is labelled as validation."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "wrong", "label"
MUTATE = [('label="Training Accuracy"', 'label="Validation Accuracy"')]
