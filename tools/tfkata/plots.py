"""The kit's own plots, for `tfkata plot` and the lab: independent of exercises/ and solutions/.

Uses matplotlib's Figure directly (no pyplot): no window, no global state to close.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator


def training_curves(curves: dict[str, list[float]], mark: int | None = None,
                    mark_label: str = "start of fine-tuning") -> Figure:
    """One panel per metric of a History's dict (accuracy above loss), training and validation.

    Epochs are numbered from 1, as Keras prints them. ``mark``: an epoch to draw a dashed
    vertical line at, e.g. the last feature-extraction epoch before fine-tuning.
    """
    names = sorted((k for k in curves if not k.startswith("val_") and k != "epoch"), key=lambda k: (k == "loss", k))
    if not names:
        raise ValueError("no metrics in this history: expected keys such as 'loss' and 'val_loss'")
    fig = Figure(figsize=(8, 4 * len(names)))
    for ax, name in zip(fig.subplots(len(names), 1, squeeze=False)[:, 0], names):
        title = name.replace("_", " ").title()
        epochs = range(1, len(curves[name]) + 1)
        ax.plot(epochs, curves[name], label=f"Training {title}")
        if f"val_{name}" in curves:
            ax.plot(epochs, curves[f"val_{name}"], "--", label=f"Validation {title}")
        if mark is not None:
            ax.axvline(mark, color="grey", linestyle=":", label=mark_label)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel(title)
        ax.legend()
    ax.set_xlabel("Epoch")
    fig.tight_layout()
    return fig


# What each verdict is shown as in the class chart: label, colour (colour-blind safe: Okabe-Ito).
CLASS_STATUSES = (("done", "#009E73"), ("wrong", "#D55E00"), ("not started", "#BBBBBB"), ("crashed", "#000000"))


def class_shares(shares: dict[str, dict[str, float]]) -> Figure:
    """A stacked bar per exercise (top to bottom in the order given): the share of the class whose
    answer is done, wrong, not started, crashed (or timed out)."""
    names = list(shares)
    fig = Figure(figsize=(9, 1.6 + 0.22 * len(names)))
    ax = fig.subplots()
    rows = range(len(names))
    left = [0.0] * len(names)
    for status, colour in CLASS_STATUSES:
        widths = [100 * shares[name].get(status, 0.0) for name in names]
        ax.barh(rows, widths, left=left, color=colour, label=status, height=0.8)
        left = [a + b for a, b in zip(left, widths)]
    ax.set_yticks(list(rows), names, fontsize=7)
    ax.set_ylim(len(names) - 0.5, -0.5)  # the first exercise on top, no empty margin
    ax.set_xlim(0, 100)
    ax.set_xlabel("% of submissions")
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=len(CLASS_STATUSES), frameon=False)
    fig.tight_layout()
    return fig


def image_grid(images, predicted, true, names, columns: int = 5) -> Figure:
    """Grey images in a grid, each titled "predicted (true)": blue when right, red when wrong."""
    rows = -(-len(images) // columns)
    fig = Figure(figsize=(2 * columns, 2.2 * rows))
    for ax, image, guess, label in zip(fig.subplots(rows, columns, squeeze=False).flat, images, predicted, true):
        ax.imshow(image, cmap="binary")
        ax.set_title(f"{names[guess]}\n({names[label]})", fontsize=8, color="blue" if guess == label else "red")
    for ax in fig.axes:
        ax.set_axis_off()
    fig.tight_layout()
    return fig


def regression_errors(true, predicted) -> Figure:
    """Predicted against true values (the diagonal is a perfect model), and the errors' histogram."""
    fig = Figure(figsize=(10, 4.5))
    scatter, histogram = fig.subplots(1, 2)
    scatter.scatter(true, predicted, s=10)
    low, high = min(min(true), min(predicted)), max(max(true), max(predicted))
    scatter.plot([low, high], [low, high], color="grey", linestyle=":")
    scatter.set_xlabel("True values")
    scatter.set_ylabel("Predictions")
    histogram.hist([p - t for p, t in zip(predicted, true)], bins=25)
    histogram.set_xlabel("Prediction error")
    histogram.set_ylabel("Count")
    fig.tight_layout()
    return fig
