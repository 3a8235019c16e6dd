"""Right: builds each curve as a matplotlib Line2D with an explicit "C<i>" colour, adds it with ax.add_line and rescales the view."""

EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "done", ""

import matplotlib.pyplot as plt
from matplotlib.lines import Line2D


def plot_history(histories, key="binary_crossentropy"):
    fig, ax = plt.subplots()
    for i, (name, history) in enumerate(histories):
        curves = getattr(history, "history", history)
        epochs = list(range(1, len(curves[key]) + 1))
        colour = f"C{i % 10}"
        ax.add_line(Line2D(epochs, curves["val_" + key], color=colour, linestyle="--",
                           label=f"{name.title()} Val"))
        ax.add_line(Line2D(epochs, curves[key], color=colour, linestyle="-",
                           label=f"{name.title()} Train"))
    ax.relim()
    ax.autoscale_view()
    ax.set_xlabel("Epochs")
    ax.set_ylabel(key.replace("_", " ").title())
    ax.legend()
    return fig
