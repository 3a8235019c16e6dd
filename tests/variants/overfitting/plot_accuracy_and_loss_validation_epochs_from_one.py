"""Wrong: half-finished refactor to count epochs from 1 as fit() prints them: the validation curves get x = 1..n while the training curves keep the default 0..n-1, so the pair is shifted by one epoch; breaks 'training and validation against the same epochs'."""

EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "wrong", "accuracy epochs"

MUTATE = [
    ('    top.plot(curves["val_accuracy"], label="Validation Accuracy")\n',
     '    epochs = range(1, len(curves["val_accuracy"]) + 1)  # as fit() prints them\n'
     '    top.plot(epochs, curves["val_accuracy"], label="Validation Accuracy")\n'),
    ('    bottom.plot(curves["val_loss"], label="Validation Loss")\n',
     '    bottom.plot(epochs, curves["val_loss"], label="Validation Loss")\n'),
]
