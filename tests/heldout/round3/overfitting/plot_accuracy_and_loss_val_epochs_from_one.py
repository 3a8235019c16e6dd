"""Wrong: Plotted the validation curves against epochs 1.. but the training curves against their index 0..; breaks 'training and validation against the same epochs'."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ('''    top.plot(curves["accuracy"], label="Training Accuracy")
    top.plot(curves["val_accuracy"], label="Validation Accuracy")''',
     '''    top.plot(curves["accuracy"], label="Training Accuracy")
    top.plot(range(1, len(curves["val_accuracy"]) + 1), curves["val_accuracy"], label="Validation Accuracy")'''),
    ('''    bottom.plot(curves["loss"], label="Training Loss")
    bottom.plot(curves["val_loss"], label="Validation Loss")''',
     '''    bottom.plot(curves["loss"], label="Training Loss")
    bottom.plot(range(1, len(curves["val_loss"]) + 1), curves["val_loss"], label="Validation Loss")'''),
]
