"""Wrong: the epochs counted once, from the first run; the bigger run stopped early and has fewer."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "its own epochs"

import matplotlib.pyplot as plt


def plot_history(histories, key="binary_crossentropy"):
    fig, ax = plt.subplots()
    first = getattr(histories[0][1], "history", histories[0][1])
    epochs = range(1, len(first[key]) + 1)
    for name, history in histories:
        curves = getattr(history, "history", history)
        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")
    ax.set_xlabel("Epochs")
    ax.set_ylabel(key)
    ax.legend()
    return fig
