"""Right: a Figure from plt.figure with add_subplot, each run coloured "C<i>" explicitly, NumPy epochs from 1, linestyle keywords and a helper for the labels."""

EXERCISE, VERDICT = "overfitting.plot_history", "done"

import matplotlib.pyplot as plt
import numpy as np


def _label(name, part):
    return f"{name.title()} {part}"


def plot_history(histories, key="binary_crossentropy"):
    figure = plt.figure(figsize=(8, 5))
    axes = figure.add_subplot(1, 1, 1)
    for index, (name, history) in enumerate(histories):
        curves = history.history if hasattr(history, "history") else history
        train, val = list(curves[key]), list(curves["val_" + key])
        epochs = np.arange(1, len(train) + 1)
        colour = f"C{index % 10}"
        axes.plot(epochs, val, color=colour, linestyle="--", label=_label(name, "Val"))
        axes.plot(epochs, train, color=colour, linestyle="-", label=_label(name, "Train"))
    axes.set_xlabel("Epochs")
    axes.set_ylabel(key.replace("_", " ").title())
    axes.legend()
    return figure
