"""Wrong: smooths the score against a noisy last epoch by averaging the last two epochs' val_accuracy; breaks '- scored by its last epoch's "val_accuracy": not its best epoch, not the training accuracy, not the validation loss.'"""

EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", "best configuration"

MUTATE = [
    ('scores[rate, width, drop] = history.history["val_accuracy"][-1]',
     'scores[rate, width, drop] = float(np.mean(history.history["val_accuracy"][-2:]))  # less noisy'),
]
