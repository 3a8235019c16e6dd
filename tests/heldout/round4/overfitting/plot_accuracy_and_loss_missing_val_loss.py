"""Wrong: Drew only the training loss on the bottom plot; breaks 'bottom: "loss" and "val_loss", labelled "Training Loss" and "Validation Loss"'."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ("""    bottom.plot(curves["val_loss"], label="Validation Loss")
""",
     ''),
]
