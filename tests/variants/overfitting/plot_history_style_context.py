"""Right: draws inside a temporary style (plt.style.context("ggplot")), which restores matplotlib's settings on leaving; each run's colour is taken from its dashed validation line and reused for its solid training line, epochs counted from 1."""

EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "done", ""

import matplotlib.pyplot as plt


def plot_history(histories, key="binary_crossentropy"):
    with plt.style.context("ggplot"):
        fig, ax = plt.subplots(figsize=(9, 5))
        for name, history in histories:
            curves = getattr(history, "history", history)
            epochs = list(range(1, len(curves[key]) + 1))
            (val_line,) = ax.plot(epochs, curves["val_" + key], linestyle="--", label=f"{name} Val")
            ax.plot(epochs, curves[key], linestyle="-", color=val_line.get_color(), label=f"{name} Train")
        ax.set_xlabel("Epochs")
        ax.set_ylabel(key)
        ax.legend()
    return fig
