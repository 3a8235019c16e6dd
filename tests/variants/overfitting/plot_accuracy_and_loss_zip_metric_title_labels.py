"""Right: loops over zip(axes, ("accuracy", "loss")) and builds the labels with metric.title(), epochs counted from 1."""

EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "done", ""

import matplotlib.pyplot as plt


def plot_accuracy_and_loss(history):
    curves = getattr(history, "history", history)
    fig, axes = plt.subplots(2, 1, sharex=True)
    for ax, metric in zip(axes, ("accuracy", "loss")):
        epochs = range(1, len(curves[metric]) + 1)
        ax.plot(epochs, curves[metric], label=f"Training {metric.title()}")
        ax.plot(epochs, curves["val_" + metric], label=f"Validation {metric.title()}")
        ax.set_ylabel(metric.title())
        ax.legend()
    axes[-1].set_xlabel("Epoch")
    return fig
