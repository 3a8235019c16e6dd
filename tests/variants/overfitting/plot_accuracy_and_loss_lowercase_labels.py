"""Wrong: labels the curves in lower case ("training accuracy", "validation loss", ...); breaks 'labelled "Training Accuracy" and "Validation Accuracy"'."""

EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "wrong", 'Training Accuracy'

MUTATE = [
    ('    top.plot(curves["accuracy"], label="Training Accuracy")\n    top.plot(curves["val_accuracy"], label="Validation Accuracy")',
     '    top.plot(curves["accuracy"], label="training accuracy")\n    top.plot(curves["val_accuracy"], label="validation accuracy")'),
    ('    bottom.plot(curves["loss"], label="Training Loss")\n    bottom.plot(curves["val_loss"], label="Validation Loss")',
     '    bottom.plot(curves["loss"], label="training loss")\n    bottom.plot(curves["val_loss"], label="validation loss")'),
]
