"""The kit's own plots, for `tfkata plot` and the lab: independent of exercises/ and solutions/.

Uses matplotlib's Figure directly (no pyplot): no window, no global state to close. The lab's
and `tfkata plot`'s words are in the kit's language (`--lang`), drawn with an installed font
that has its script; where none has it, they stay English (not boxes).
"""

from __future__ import annotations

import functools

from matplotlib import font_manager, rc_context, rcParams
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from . import i18n
from .i18n import N_

METRIC_NAMES = {"accuracy": N_("Accuracy"), "loss": N_("Loss")}
# Fonts that draw each language's script, in order of preference (Linux, macOS, Windows).
SCRIPT_FONTS = {
    "ja": ("Noto Sans CJK JP", "IPAexGothic", "IPAGothic", "TakaoGothic", "Hiragino Sans", "Yu Gothic", "MS Gothic"),
    "ko": ("Noto Sans CJK KR", "NanumGothic", "UnDotum", "Apple SD Gothic Neo", "Malgun Gothic"),
    "zh": ("Noto Sans CJK SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", "SimHei"),
}


@functools.cache
def script_font(code: str) -> str | None:
    """The first installed font of SCRIPT_FONTS[code]; None where there is none (or the script is Latin)."""
    installed = {font.name for font in font_manager.fontManager.ttflist}
    return next((name for name in SCRIPT_FONTS.get(code, ()) if name in installed), None)


def _(message: str) -> str:
    """``message`` in the kit's language if a font draws it, else in English."""
    code = i18n.language()
    return message if code in SCRIPT_FONTS and script_font(code) is None else i18n._(message)


def in_language(draw):
    """``draw``, a function that makes a Figure, its texts in the language's font (matplotlib's after it)."""

    @functools.wraps(draw)
    def drawn(*args, **kwargs):
        font = script_font(i18n.language())
        if font is None:
            return draw(*args, **kwargs)
        with rc_context({"font.family": [font, *rcParams["font.family"]]}):
            return draw(*args, **kwargs)

    return drawn


def plain_numbers(ax) -> None:
    """Tick labels as the values themselves: no offset ("+1.098") and no scientific notation."""
    ax.ticklabel_format(axis="y", style="plain", useOffset=False)


@in_language
def training_curves(curves: dict[str, list[float]], mark: int | None = None) -> Figure:
    """One panel per metric of a History's dict (accuracy above loss), training and validation.

    Epochs are numbered from 1, as Keras prints them; each epoch is a dot, so that a run of
    one epoch shows. ``mark``: the first fine-tuning epoch, where a dotted vertical line is drawn.
    """
    names = sorted((k for k in curves if not k.startswith("val_") and k != "epoch"), key=lambda k: (k == "loss", k))
    if not names:
        raise ValueError("no metrics in this history: expected keys such as 'loss' and 'val_loss'")
    fig = Figure(figsize=(8, 4 * len(names)))
    for ax, name in zip(fig.subplots(len(names), 1, squeeze=False)[:, 0], names):
        title = _(METRIC_NAMES[name]) if name in METRIC_NAMES else name.replace("_", " ").title()
        epochs = range(1, len(curves[name]) + 1)
        ax.plot(epochs, curves[name], marker="o", markersize=3, label=_("Training {metric}").format(metric=title))
        if f"val_{name}" in curves:
            ax.plot(epochs, curves[f"val_{name}"], "--", marker="o", markersize=3,
                    label=_("Validation {metric}").format(metric=title))
        if mark is not None:
            ax.axvline(mark, color="grey", linestyle=":", label=_("start of fine-tuning"))
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        plain_numbers(ax)
        ax.set_ylabel(title)
        ax.legend()
    ax.set_xlabel(_("Epoch"))
    fig.tight_layout()
    return fig


def single_points_shown(fig: Figure) -> Figure:
    """``fig`` with a dot on each line of one point (a run of one epoch), which a line alone does not show."""
    for ax in fig.axes:
        for line in ax.get_lines():
            if len(line.get_xdata()) == 1 and line.get_marker() in ("None", "", " ", None):
                line.set_marker("o")
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


@in_language
def image_grid(images, predicted, true, names, title: str, columns: int = 5) -> Figure:
    """Grey images in a grid under ``title`` (a message, translated here; ``{count}``: how many images),
    each titled "predicted (true)": blue when right, red when wrong, as the key says."""
    rows = -(-len(images) // columns)
    fig = Figure(figsize=(2 * columns, 2.2 * rows + 0.9), layout="constrained")
    for ax, image, guess, label in zip(fig.subplots(rows, columns, squeeze=False).flat, images, predicted, true):
        ax.imshow(image, cmap="binary")
        ax.set_title(f"{names[guess]}\n({names[label]})", fontsize=8, color="blue" if guess == label else "red")
    for ax in fig.axes:
        ax.set_axis_off()
    fig.suptitle(_(title).format(count=len(images)))
    fig.legend(handles=[Patch(color="blue", label=_("predicted right")),
                        Patch(color="red", label=_("predicted wrong"))],
               loc="outside lower center", ncol=2, frameon=False)
    return fig


@in_language
def regression_errors(true, predicted, unit: str) -> Figure:
    """Predicted against true values (the diagonal is a perfect model), and the errors' histogram;
    ``unit``: the values' unit (a message, translated here), shown on the axes."""
    unit = _(unit)
    fig = Figure(figsize=(10, 4.5))
    scatter, histogram = fig.subplots(1, 2)
    scatter.scatter(true, predicted, s=10)
    low, high = min(min(true), min(predicted)), max(max(true), max(predicted))
    scatter.plot([low, high], [low, high], color="grey", linestyle=":", label=_("perfect predictions"))
    scatter.set_title(_("Predictions against true values (test set)"))
    scatter.set_xlabel(_("True value ({unit})").format(unit=unit))
    scatter.set_ylabel(_("Prediction ({unit})").format(unit=unit))
    scatter.legend()
    histogram.hist([p - t for p, t in zip(predicted, true)], bins=25)
    histogram.set_title(_("Prediction errors (test set)"))
    histogram.set_xlabel(_("Prediction error: predicted - true ({unit})").format(unit=unit))
    histogram.set_ylabel(_("Count"))
    histogram.yaxis.set_major_locator(MaxNLocator(integer=True))
    for ax in (scatter, histogram):
        plain_numbers(ax)
    fig.tight_layout()
    return fig
