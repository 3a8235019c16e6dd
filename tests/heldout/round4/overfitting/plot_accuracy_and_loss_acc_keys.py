"""Wrong: Read the Keras 2 keys 'acc' and 'val_acc' for the top plot; breaks 'top: "accuracy" and "val_accuracy"'."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ("""    top.plot(curves["accuracy"], label="Training Accuracy")
    top.plot(curves["val_accuracy"], label="Validation Accuracy")""",
     """    top.plot(curves["acc"], label="Training Accuracy")
    top.plot(curves["val_acc"], label="Validation Accuracy")"""),
]
