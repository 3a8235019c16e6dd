"""Wrong: grouped the curves by split instead of by metric: training accuracy and training loss on the top axes, validation accuracy and validation loss on the bottom; breaks 'top: "accuracy" and "val_accuracy" ... bottom: "loss" and "val_loss"'."""

EXERCISE, VERDICT = 'overfitting.plot_accuracy_and_loss', 'wrong'

MUTATE = [
    ('    top.plot(curves["val_accuracy"], label="Validation Accuracy")',
     '    top.plot(curves["loss"], label="Training Loss")'),
    ('    bottom.plot(curves["loss"], label="Training Loss")',
     '    bottom.plot(curves["val_accuracy"], label="Validation Accuracy")'),
]
