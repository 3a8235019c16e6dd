"""Right: plt.subplots(nrows=2, sharex=True) and one loop over (axes, metric) pairs, epochs counted from 1 for both curves."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "done"
MUTATE = [
    ("""    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))
    top.plot(curves["accuracy"], label="Training Accuracy")
    top.plot(curves["val_accuracy"], label="Validation Accuracy")
    top.set_ylabel("Accuracy")
    top.legend(loc="lower right")
    bottom.plot(curves["loss"], label="Training Loss")
    bottom.plot(curves["val_loss"], label="Validation Loss")
    bottom.set_ylabel("Loss")
    bottom.set_xlabel("epoch")
    bottom.legend(loc="upper right")
    return fig""",
     """    fig, axes = plt.subplots(nrows=2, ncols=1, figsize=(8, 8), sharex=True)
    for ax, metric, title in zip(axes, ("accuracy", "loss"), ("Accuracy", "Loss")):
        epochs = np.arange(1, len(curves[metric]) + 1)
        ax.plot(epochs, curves[metric], label=f"Training {title}")
        ax.plot(epochs, curves["val_" + metric], label=f"Validation {title}")
        ax.set_ylabel(title)
        ax.legend()
    axes[-1].set_xlabel("Epoch")
    return fig"""),
]
