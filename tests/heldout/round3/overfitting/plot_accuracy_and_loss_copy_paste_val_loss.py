"""Wrong: Copy-pasted the training line for the validation loss (curves["loss"] labelled "Validation Loss"); breaks 'bottom: "loss" and "val_loss", labelled "Training Loss" and "Validation Loss"'."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ('''    bottom.plot(curves["loss"], label="Training Loss")
    bottom.plot(curves["val_loss"], label="Validation Loss")''',
     '''    bottom.plot(curves["loss"], label="Training Loss")
    bottom.plot(curves["loss"], label="Validation Loss")'''),
]
