"""Wrong: one subplot per run, so the runs cannot be compared on one plot."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "one axes"

import matplotlib.pyplot as plt


def plot_history(histories, key="binary_crossentropy"):
    fig, axes = plt.subplots(1, len(histories), figsize=(15, 4))
    for ax, (name, history) in zip(axes, histories):
        curves = getattr(history, "history", history)
        epochs = range(1, len(curves[key]) + 1)
        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")
        ax.set_xlabel("Epochs")
        ax.set_ylabel(key)
        ax.legend()
    return fig
