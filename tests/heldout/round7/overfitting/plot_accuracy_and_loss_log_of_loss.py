"""Wrong: plots the natural log of the losses to fit their range; breaks 'bottom: "loss" and "val_loss"'."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ("""    bottom.plot(curves["loss"], label="Training Loss")
    bottom.plot(curves["val_loss"], label="Validation Loss")""",
     """    bottom.plot(np.log(curves["loss"]), label="Training Loss")
    bottom.plot(np.log(curves["val_loss"]), label="Validation Loss")"""),
]
