"""Wrong: draws the best accuracy so far (a running maximum) instead of each epoch's accuracy; breaks 'top: "accuracy" and "val_accuracy"'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    ('    top.plot(curves["accuracy"], label="Training Accuracy")\n    top.plot(curves["val_accuracy"], label="Validation Accuracy")',
     '    top.plot(np.maximum.accumulate(curves["accuracy"]), label="Training Accuracy")\n    top.plot(np.maximum.accumulate(curves["val_accuracy"]), label="Validation Accuracy")'),
]
