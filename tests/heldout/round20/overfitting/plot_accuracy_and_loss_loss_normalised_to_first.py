"""Wrong: divides each loss curve by its first value to bring it to accuracy's 0..1 scale; breaks 'bottom: "loss" and "val_loss"'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    ('    bottom.plot(curves["loss"], label="Training Loss")\n    bottom.plot(curves["val_loss"], label="Validation Loss")',
     '    bottom.plot(np.asarray(curves["loss"]) / curves["loss"][0], label="Training Loss")\n    bottom.plot(np.asarray(curves["val_loss"]) / curves["val_loss"][0], label="Validation Loss")'),
]
