"""The kit's own plots, for `tfkata plot`: independent of exercises/ and solutions/.

Uses matplotlib's Figure directly (no pyplot): no window, no global state to close.
"""

from __future__ import annotations

from matplotlib.figure import Figure


def training_curves(curves: dict[str, list[float]]) -> Figure:
    """One panel per metric of a History's dict (accuracy above loss), training and validation."""
    names = sorted((k for k in curves if not k.startswith("val_")), key=lambda k: (k == "loss", k))
    if not names:
        raise ValueError("no metrics in this history: expected keys such as 'loss' and 'val_loss'")
    fig = Figure(figsize=(8, 4 * len(names)))
    for ax, name in zip(fig.subplots(len(names), 1, squeeze=False)[:, 0], names):
        title = name.replace("_", " ").title()
        epochs = range(1, len(curves[name]) + 1)
        ax.plot(epochs, curves[name], label=f"Training {title}")
        if f"val_{name}" in curves:
            ax.plot(epochs, curves[f"val_{name}"], "--", label=f"Validation {title}")
        ax.set_ylabel(title)
        ax.legend()
    ax.set_xlabel("Epoch")
    return fig
