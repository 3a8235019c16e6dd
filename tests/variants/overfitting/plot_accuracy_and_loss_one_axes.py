"""Wrong: accuracy and loss share one axes."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "wrong", "different scales"

import matplotlib.pyplot as plt


def plot_accuracy_and_loss(history):
    curves = getattr(history, "history", history)
    fig, ax = plt.subplots()
    for key in ("accuracy", "loss"):
        ax.plot(curves[key], label=f"Training {key}")
        ax.plot(curves["val_" + key], label=f"Validation {key}")
    ax.legend()
    return fig
