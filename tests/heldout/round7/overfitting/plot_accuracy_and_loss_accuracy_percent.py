"""Wrong: plots the accuracies in percent (x 100); breaks 'top: "accuracy" and "val_accuracy"' (the values are the history's, 0..1)."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ("""    top.plot(curves["accuracy"], label="Training Accuracy")
    top.plot(curves["val_accuracy"], label="Validation Accuracy")""",
     """    top.plot([100 * value for value in curves["accuracy"]], label="Training Accuracy")
    top.plot([100 * value for value in curves["val_accuracy"]], label="Validation Accuracy")"""),
]
