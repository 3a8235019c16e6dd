"""Right: plt.subplots(nrows=2, sharex=True), both curves of each plot against the same epochs counted from 1, a legend on each."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "done"
MUTATE = [
    ("""    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))
    top.plot(curves["accuracy"], label="Training Accuracy")
    top.plot(curves["val_accuracy"], label="Validation Accuracy")
    top.set_ylabel("Accuracy")
    top.legend(loc="lower right")
    bottom.plot(curves["loss"], label="Training Loss")
    bottom.plot(curves["val_loss"], label="Validation Loss")""",
     """    fig, axes = plt.subplots(nrows=2, ncols=1, sharex=True)
    top, bottom = axes
    epochs = np.arange(1, len(curves["loss"]) + 1)
    top.plot(epochs, curves["accuracy"], label="Training Accuracy")
    top.plot(epochs, curves["val_accuracy"], label="Validation Accuracy")
    top.set_ylabel("Accuracy")
    top.legend()
    bottom.plot(epochs, curves["loss"], label="Training Loss")
    bottom.plot(epochs, curves["val_loss"], label="Validation Loss")"""),
]
