"""Wrong: copies the top plot's labels onto the loss curves ("Training Accuracy", "Validation Accuracy"); breaks 'bottom: "loss" and "val_loss", labelled "Training Loss" and "Validation Loss"'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    ('    bottom.plot(curves["loss"], label="Training Loss")\n    bottom.plot(curves["val_loss"], label="Validation Loss")',
     '    bottom.plot(curves["loss"], label="Training Accuracy")\n    bottom.plot(curves["val_loss"], label="Validation Accuracy")'),
]
