"""Wrong: the training accuracy labelled "Accuracy" only: the legend does not say it is the training curve."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "wrong", "label saying Train"
MUTATE = [('label="Training Accuracy"', 'label="Accuracy"')]
