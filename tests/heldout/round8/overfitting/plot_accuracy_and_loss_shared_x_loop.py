"""Right: plt.subplots(nrows=2, sharex=True), both panels drawn in one loop over (axes, metric, title) against epochs counted from 1."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "done"

import matplotlib.pyplot as plt


def plot_accuracy_and_loss(history):
    curves = getattr(history, "history", history)
    figure, axes = plt.subplots(nrows=2, ncols=1, sharex=True, figsize=(8, 8))
    epochs = range(1, len(curves["loss"]) + 1)
    for ax, metric, title in zip(axes, ("accuracy", "loss"), ("Accuracy", "Loss")):
        ax.plot(epochs, curves[metric], label=f"Training {title}")
        ax.plot(epochs, curves["val_" + metric], label=f"Validation {title}")
        ax.set_ylabel(title)
        ax.legend()
    axes[-1].set_xlabel("Epoch")
    return figure
