"""Wrong: shifts the training curves half an epoch to the left (the training metric is a mean over the epoch), so they no longer share the validation curves' epochs; breaks 'training and validation against the same epochs'."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ('''    top.plot(curves["accuracy"], label="Training Accuracy")
    top.plot(curves["val_accuracy"], label="Validation Accuracy")''',
     '''    epochs = np.arange(len(curves["accuracy"]))
    top.plot(epochs - 0.5, curves["accuracy"], label="Training Accuracy")
    top.plot(epochs, curves["val_accuracy"], label="Validation Accuracy")'''),
    ('    bottom.plot(curves["loss"], label="Training Loss")',
     '    bottom.plot(epochs - 0.5, curves["loss"], label="Training Loss")'),
]
