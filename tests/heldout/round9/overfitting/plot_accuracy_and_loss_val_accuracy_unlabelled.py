"""Wrong: plots the validation accuracy without a label, so the top legend shows the training curve only; breaks 'top: "accuracy" and "val_accuracy", labelled "Training Accuracy" and "Validation Accuracy"'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    (
        '    top.plot(curves["val_accuracy"], label="Validation Accuracy")\n',
        '    top.plot(curves["val_accuracy"])\n',
    ),
]
