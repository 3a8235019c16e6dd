"""Wrong: Swapped the top plot's labels: the training accuracy is called 'Validation Accuracy' and the validation one 'Training Accuracy'; breaks 'top: "accuracy" and "val_accuracy", labelled "Training Accuracy" and "Validation Accuracy"'."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ("""    top.plot(curves["accuracy"], label="Training Accuracy")
    top.plot(curves["val_accuracy"], label="Validation Accuracy")""",
     """    top.plot(curves["accuracy"], label="Validation Accuracy")
    top.plot(curves["val_accuracy"], label="Training Accuracy")"""),
]
