"""Graders for the overfitting section (note 003, 過学習; note 000, Hyperparameters tuning)."""

import itertools
import sys

import keras
import numpy as np
import pytest
from tfkata import checks, toydata
from tfkata.i18n import N_, _
from tfkata.problems import Mistake

L = keras.layers
exercise = pytest.mark.exercise
FORMS = {"History": toydata.history_of, "dict": dict}
as_form = pytest.mark.parametrize("form", FORMS)

# Three runs: the bigger model overfits soonest (EarlyStopping ended it after 6 epochs, so the
# runs differ in length), the smaller one not at all.
RUNS = {
    "baseline": {"binary_crossentropy": [0.60, 0.45, 0.35, 0.28, 0.22, 0.18, 0.15, 0.12, 0.10, 0.08],
                 "val_binary_crossentropy": [0.62, 0.50, 0.42, 0.38, 0.36, 0.37, 0.39, 0.42, 0.45, 0.49],
                 "accuracy": [0.70, 0.80, 0.86, 0.89, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98],
                 "val_accuracy": [0.69, 0.78, 0.83, 0.85, 0.86, 0.86, 0.85, 0.85, 0.84, 0.84]},
    "smaller": {"binary_crossentropy": [0.68, 0.62, 0.55, 0.49, 0.44, 0.40, 0.37, 0.34, 0.32, 0.30],
                "val_binary_crossentropy": [0.69, 0.63, 0.57, 0.51, 0.47, 0.43, 0.41, 0.39, 0.38, 0.37],
                "accuracy": [0.55, 0.66, 0.74, 0.79, 0.82, 0.84, 0.85, 0.86, 0.87, 0.88],
                "val_accuracy": [0.54, 0.65, 0.72, 0.77, 0.80, 0.82, 0.83, 0.84, 0.84, 0.85]},
    "bigger": {"binary_crossentropy": [0.40, 0.20, 0.08, 0.03, 0.01, 0.005],
               "val_binary_crossentropy": [0.33, 0.31, 0.36, 0.44, 0.52, 0.58],
               "accuracy": [0.80, 0.92, 0.97, 0.99, 0.995, 1.00],
               "val_accuracy": [0.86, 0.87, 0.86, 0.85, 0.845, 0.84]},
}


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


# ------------------------------------------------------------ reading training curves

STYLES = {"-": N_("solid"), "--": N_("dashed"), "-.": N_("dash-dot"), ":": N_("dotted"), "None": N_("no line")}


def _style(line) -> str:
    style = line.get_linestyle()
    return _(STYLES[style]) if style in STYLES else repr(style)


def _same_color(a, b) -> bool:
    from matplotlib.colors import same_color

    return bool(same_color(a, b))


def _hex(line) -> str:
    from matplotlib.colors import to_hex

    return to_hex(line.get_color())


def _letters(text: str) -> str:
    """Only the letters and digits, lower case: 'Binary Cross-Entropy' -> 'binarycrossentropy'."""
    return "".join(c for c in text.lower() if c.isalnum())


def _draws(line, values) -> bool:
    return len(line.get_ydata()) == len(values) and np.allclose(line.get_ydata(), values)


def _halved(curves: dict) -> dict:
    """Other curves for a second call: each value halved."""
    return {key: [value / 2 for value in values] for key, values in curves.items()}


def _expect_own_figure(first, second, earlier) -> None:
    """A second call's figure is a new one, without a line of the first call's curves (``earlier``)."""
    stale = [line for ax in second.axes for line in ax.get_lines() if any(_draws(line, v) for v in earlier)]
    if second is first or stale:
        raise Mistake(_("the second call's figure"),
                      _("{count} lines of the first call too").format(count=len(stale)) if stale
                      else _("the first call's figure again"),
                      _("a new figure with only its own lines"),
                      _("make a new figure in each call, fig, ax = plt.subplots(): plt.gcf() and plt.gca() draw "
                        "on pyplot's current figure, which still holds the last call's lines"))


def _expect_pair(train, val, what: str, example: str) -> None:
    """A training curve and its validation curve: told apart by their labels, drawn against the same epochs."""
    if "train" not in checks.label_of(train).lower():
        raise Mistake(_("{name} training label").format(name=what), repr(checks.label_of(train)),
                      _("a label saying Train, e.g. {example}").format(example=repr(example)),
                      _("label each line Train or Val: the legend must tell training from validation"))
    epochs = [np.asarray(line.get_xdata(), dtype="float64") for line in (train, val)]
    if not np.array_equal(*epochs):
        raise Mistake(_("{name} epochs").format(name=what),
                      _("training from {train}, validation from {val}").format(train=f"{epochs[0][0]:g}",
                                                                               val=f"{epochs[1][0]:g}"),
                      _("both against the same epochs"), _("draw a run's two curves against the same x values: "
                                                           "shifted by one, the gap between them is misread"))


@exercise("overfitting.plot_history")
@as_form
@pytest.mark.parametrize("key", ["binary_crossentropy", "accuracy"])
def test_plot_history(learner, form, key):
    histories = [(name, FORMS[form](curves)) for name, curves in RUNS.items()]
    figure = checks.expect_figure(learner(histories, key=key))
    again = learner([(name, FORMS[form](_halved(curves))) for name, curves in RUNS.items()], key=key)
    _expect_own_figure(figure, checks.expect_figure(again),
                       [curves[name] for curves in RUNS.values() for name in (key, "val_" + key)])
    axes, colours = set(), {}
    for name, curves in RUNS.items():
        train = checks.expect_curve(figure, curves[key], name, validation=False)
        val = checks.expect_curve(figure, curves["val_" + key], name, validation=True)
        _expect_pair(train, val, name, f"{name.title()} Train")
        if train.get_linestyle() != "-" or val.get_linestyle() != "--":
            raise Mistake(_("{name} line styles").format(name=name),
                          _("training {train}, validation {val}").format(train=_style(train), val=_style(val)),
                          _("training solid, validation dashed ('--')"),
                          _("the dashed line is a run's validation curve, "
                            "the solid one of the same colour its training curve"))
        if not _same_color(train.get_color(), val.get_color()):
            raise Mistake(_("{name} colours").format(name=name),
                          _("training {train}, validation {val}").format(train=_hex(train), val=_hex(val)),
                          _("one colour for both"),
                          _("give a run's two curves one colour, color=val[0].get_color(): "
                            "the colour tells the runs apart, the dash training from validation"))
        axes |= {train.axes, val.axes}
        colours.setdefault(_hex(train), []).append(name)
    if len(axes) > 1:
        raise Mistake(_("axes"), _("the runs on {count} axes").format(count=len(axes)), _("every run on one axes"),
                      _("compare the runs where they can be compared: fig, ax = plt.subplots(), "
                        "then ax.plot(...) for each"))
    shared = next((names for names in colours.values() if len(names) > 1), None)
    if shared:
        raise Mistake(_("colours of the runs"), _("{names} in one colour").format(names=" and ".join(shared)),
                      _("a colour of its own for each run"),
                      _("the colour tells the runs apart: let each run's training line take the next colour, "
                        "and its validation line the same, color=line.get_color()"))
    checks.expect_legend(train.axes)
    if train.axes.get_xlabel().strip().lower() != "epochs":
        raise Mistake(_("x axis label"), repr(train.axes.get_xlabel()), "'Epochs'",
                      _("name the axes as the docstring does, the plural (any case): ax.set_xlabel('Epochs')"))
    if _letters(key) not in _letters(train.axes.get_ylabel()):
        raise Mistake(_("y axis label"), repr(train.axes.get_ylabel()), repr(key.replace("_", " ").title()),
                      _("name the axes: the y axis shows the key, ax.set_ylabel({key})").format(key=repr(key)))


@exercise("overfitting.plot_accuracy_and_loss")
@as_form
def test_plot_accuracy_and_loss(learner, form):
    curves = {"loss": RUNS["baseline"]["binary_crossentropy"], "val_loss": RUNS["baseline"]["val_binary_crossentropy"],
              "accuracy": RUNS["baseline"]["accuracy"], "val_accuracy": RUNS["baseline"]["val_accuracy"]}
    figure = checks.expect_figure(learner(FORMS[form](curves)))
    _expect_own_figure(figure, checks.expect_figure(learner(FORMS[form](_halved(curves)))), curves.values())
    accuracy, val_accuracy, loss, val_loss = (
        checks.expect_curve(figure, curves[key], key.removeprefix("val_"), validation=key.startswith("val_"))
        for key in ("accuracy", "val_accuracy", "loss", "val_loss"))
    if accuracy.axes is not val_accuracy.axes or loss.axes is not val_loss.axes:
        raise Mistake(_("axes"), _("training and validation of one metric on different axes"),
                      _("each pair on one axes"),
                      _("compare training with validation on the same axes: that is where overfitting shows"))
    if accuracy.axes is loss.axes:
        raise Mistake(_("axes"), _("accuracy and loss on one axes"), _("two subplots, accuracy above loss"),
                      _("accuracy (0..1) and loss (0..anything) have different scales: "
                        "fig, (top, bottom) = plt.subplots(2, 1)"))
    if accuracy.axes.get_shared_y_axes().joined(accuracy.axes, loss.axes):
        raise Mistake(_("y axes"), _("one scale shared by accuracy and loss"), _("a scale of its own for each"),
                      _("accuracy (0..1) and loss (0..anything) have different scales: leave sharey out "
                        "(sharex=True is fine)"))
    _expect_pair(accuracy, val_accuracy, "accuracy", "Training Accuracy")
    _expect_pair(loss, val_loss, "loss", "Training Loss")
    for line, label in ((accuracy, "Training Accuracy"), (val_accuracy, "Validation Accuracy"),
                        (loss, "Training Loss"), (val_loss, "Validation Loss")):
        if " ".join(checks.label_of(line).split()) != label:
            raise Mistake(_("label"), repr(checks.label_of(line)), repr(label),
                          _("label the four lines as this exercise names them: Training or Validation, then the "
                            "metric"))
    if len(figure.axes) != 2:
        raise Mistake(_("axes in the figure"), len(figure.axes), 2,
                      _("plt.subplots(2, 1): two subplots, one above the other, and no empty ones beside them"))
    top, bottom = (line.axes.get_position() for line in (accuracy, loss))
    if not top.y0 >= bottom.y1 - 1e-6:
        found = _("accuracy beside loss") if abs(top.y0 - bottom.y0) < 1e-6 else _("accuracy below loss")
        raise Mistake(_("subplots"), found, _("accuracy above loss"),
                      _("one above the other, accuracy on top: fig, (top, bottom) = plt.subplots(2, 1)"))
    checks.expect_legend(accuracy.axes, own=True)
    checks.expect_legend(loss.axes, own=True)


# Loss curves of 10 epochs and what they show (best epoch counted from 1).
FALLING = [1.0, 0.8, 0.65, 0.55, 0.47, 0.41, 0.36, 0.32, 0.29, 0.27]
SHAPES = {
    N_("overfitting"): dict(loss=FALLING, val_loss=[1.0, 0.85, 0.72, 0.66, 0.64, 0.66, 0.70, 0.75, 0.81, 0.88],
                            best=5, overfits=True,
                            why=N_("val_loss rose for 5 epochs after its best while the training loss kept falling")),
    N_("healthy with a gap"): dict(loss=FALLING, val_loss=[1.1, 0.95, 0.85, 0.78, 0.72, 0.68, 0.65, 0.63, 0.61, 0.60],
                                   best=10, overfits=False,
                                   why=N_("val_loss above the training loss is normal; it is still falling, "
                                          "so no overfitting")),
    N_("one noisy epoch"): dict(loss=FALLING, val_loss=[1.0, 0.9, 0.82, 0.75, 0.70, 0.66, 0.63, 0.61, 0.60, 0.62],
                                best=9, overfits=False,
                                why=N_("one epoch up is noise: the best val_loss was only 1 epoch ago (patience 3)")),
    N_("not learning"): dict(loss=[1.0, 0.9, 0.85, 0.9, 1.1, 1.4, 1.8, 2.3, 2.9, 3.6],
                             val_loss=[1.0, 0.92, 0.9, 0.95, 1.2, 1.5, 1.9, 2.4, 3.0, 3.7],
                             best=3, overfits=False,
                             why=N_("the training loss rises too: the model is not learning (learning rate?), "
                                    "not overfitting")),
    N_("overfitting, training loss noisy"): dict(loss=[1.0, 0.8, 0.65, 0.55, 0.47, 0.41, 0.36, 0.32, 0.29, 0.30],
                                                 val_loss=[1.0, 0.85, 0.72, 0.66, 0.64, 0.66, 0.70, 0.75, 0.81, 0.88],
                                                 best=5, overfits=True,
                                                 why=N_("compare the last training loss with the one at the best "
                                                        "epoch (0.30 < 0.47): one noisy last epoch does not undo "
                                                        "5 epochs of falling")),
    N_("training loss stalled"): dict(loss=[1.0, 0.8, 0.65, 0.55, 0.47, 0.46, 0.46, 0.45, 0.44, 0.47],
                                      val_loss=[1.0, 0.85, 0.72, 0.66, 0.64, 0.66, 0.70, 0.75, 0.81, 0.88],
                                      best=5, overfits=False,
                                      why=N_("the training loss ended where it was at the best epoch (0.47), "
                                             "not lower: it stopped falling too, so the curves did not part")),
    N_("overfitting, val_loss wobbling"): dict(loss=FALLING,
                                               val_loss=[1.0, 0.8, 0.84, 0.7, 0.62, 0.66, 0.63, 0.69, 0.72, 0.70],
                                               best=5, overfits=True,
                                               why=N_("val_loss wobbled after its best (0.62) but never went lower: "
                                                      "it need not rise every epoch, only stop improving")),
    N_("a recent best, then one rise"): dict(loss=FALLING,
                                             val_loss=[1.0, 0.9, 0.8, 0.72, 0.66, 0.62, 0.56, 0.60, 0.55, 0.58],
                                             best=9, overfits=False,
                                             why=N_("the lowest val_loss (0.55) came 1 epoch before the end: judge from "
                                                    "the best epoch, not from the value patience epochs ago (0.56)")),
    N_("overfitting from the first epoch"): dict(loss=FALLING,
                                                val_loss=[0.7, 0.72, 0.75, 0.8, 0.86, 0.93, 1.0, 1.1, 1.2, 1.3],
                                                best=1, overfits=True,
                                                why=N_("val_loss was lowest after the first epoch, then rose for 9 "
                                                       "while the training loss fell: epoch 1 counts too")),
    N_("two equal lowest values"): dict(loss=FALLING, val_loss=[1.0, 0.8, 0.6, 0.7, 0.75, 0.7, 0.65, 0.6, 0.63, 0.66],
                                        best=3, overfits=True,
                                        why=N_("epoch 8's val_loss only equals epoch 3's: an equal value is no "
                                               "improvement, so the best stays epoch 3, 7 epochs before the end")),
    N_("a later best by a hair"): dict(loss=FALLING, val_loss=[1.0, 0.8, 0.6005, 0.65, 0.7, 0.66, 0.62, 0.6, 0.63, 0.68],
                                       best=8, overfits=False,
                                       why=N_("the lowest val_loss is epoch 8's 0.6000, below epoch 3's 0.6005 by a "
                                              "hair, and only 2 epochs before the end: compare the values as they "
                                              "are")),
    N_("training loss back above its best"): dict(loss=[1.0, 0.7, 0.5, 0.56, 0.6, 0.58, 0.57, 0.55, 0.54, 0.53],
                                                  val_loss=[1.0, 0.8, 0.6, 0.65, 0.7, 0.72, 0.75, 0.8, 0.85, 0.9],
                                                  best=3, overfits=False,
                                                  why=N_("the last training loss (0.53) is above the one at the best "
                                                         "epoch (0.50), though below the one patience epochs ago: "
                                                         "compare with the best epoch")),
    N_("best at the first epoch"): dict(loss=FALLING, val_loss=[0.5, 0.9, 0.85, 0.8, 0.75, 0.7, 0.68, 0.66, 0.64, 0.62],
                                        best=1, overfits=True,
                                        why=N_("the lowest val_loss is the first epoch's, below the later ones that "
                                               "fall again: every epoch counts, the first one too")),
    N_("a later best by a ten-thousandth"): dict(loss=FALLING,
                                                 val_loss=[1.0, 0.8, 0.6001, 0.65, 0.7, 0.66, 0.62, 0.61, 0.6, 0.63],
                                                 best=9, overfits=False,
                                                 why=N_("the lowest val_loss is epoch 9's 0.6000, a ten-thousandth "
                                                        "below epoch 3's: compare the values as they are, in full "
                                                        "precision (no float16, no rounding)")),
    N_("the training loss lower by a hair"): dict(loss=[1.0, 0.7, 0.5, 0.52, 0.51, 0.505, 0.503, 0.502, 0.5005, 0.4999],
                                                  val_loss=[1.0, 0.8, 0.6, 0.65, 0.7, 0.72, 0.75, 0.8, 0.85, 0.9],
                                                  best=3, overfits=True,
                                                  why=N_("the last training loss (0.4999) is below the one at the best "
                                                         "epoch (0.5000), if only by a hair: compare the values as "
                                                         "they are, in full precision (no float16, no rounding)")),
    N_("back to its best at the end"): dict(loss=FALLING, val_loss=[1.0, 0.8, 0.6, 0.65, 0.7, 0.72, 0.7, 0.68, 0.64, 0.6],
                                            best=3, overfits=True,
                                            why=N_("the last val_loss only equals the best, epoch 3's: an equal value "
                                                   "is no improvement, so the best stays 7 epochs before the end")),
    N_("a dip, a rise, a new low at the end"): dict(loss=FALLING,
                                                    val_loss=[1.0, 0.7, 0.6, 0.68, 0.75, 0.8, 0.7, 0.64, 0.6, 0.55],
                                                    best=10, overfits=False,
                                                    why=N_("the lowest val_loss (0.55) is the last epoch's, after an "
                                                           "early dip and a rise: look for it in every epoch, the "
                                                           "last one too")),
    N_("a cross-entropy over 10 classes"): dict(loss=[2.2, 1.7, 1.4, 1.2, 1.05, 0.95, 0.85, 0.77, 0.7, 0.64],
                                                val_loss=[2.3, 1.9, 1.6, 1.45, 1.38, 1.35, 1.37, 1.41, 1.47, 1.55],
                                                best=6, overfits=True,
                                                why=N_("val_loss stays above 1 (a loss is no probability): its lowest, "
                                                       "1.35, came 4 epochs before the end while the training loss "
                                                       "kept falling")),
}


@pytest.fixture(params=[(form, shape) for form in FORMS for shape in SHAPES], ids="-".join)
def shaped(request):
    """(shape name, its case from SHAPES, its loss curves as a History or a dict)."""
    form, shape = request.param
    case = SHAPES[shape]
    accuracy = [round(1 - v / 2, 4) for v in case["val_loss"]]  # first among the curves: "val_" alone finds it
    return shape, case, FORMS[form]({"val_accuracy": accuracy, "loss": case["loss"], "val_loss": case["val_loss"]})


def _before_a_rise(val_loss: list, epoch) -> bool:
    """Whether val_loss rises right after ``epoch`` (counted from 1): a local minimum, where a dip ends."""
    return isinstance(epoch, (int, np.integer)) and 1 <= epoch < len(val_loss) and val_loss[epoch] > val_loss[epoch - 1]


@exercise("overfitting.best_epoch")
def test_best_epoch(learner, shaped):
    case, history = shaped[1:]
    found = learner(history)
    if found == case["best"] - 1:
        raise Mistake(_("best epoch"), found, case["best"],
                      _("count epochs from 1, as fit() prints them (this exercise's convention): np.argmin(...) + 1"))
    near = (isinstance(found, (int, np.integer)) and 1 <= found <= len(case["val_loss"])
            and abs(case["val_loss"][found - 1] - case["val_loss"][case["best"] - 1]) < 1e-3)
    if found != case["best"]:
        raise Mistake(_("best epoch"), found, case["best"],
                      _(case["why"]) if near or min(case["val_loss"]) > 1 else
                      _("the lowest val_loss of the whole run: val_loss may rise, then fall lower again; "
                        "np.argmin looks at every epoch") if _before_a_rise(case["val_loss"], found)
                      else _("the epoch with the lowest val_loss "
                             "(not loss: the training loss keeps falling when a model overfits)"))
    if isinstance(found, bool) or not isinstance(found, (int, np.integer)):
        raise Mistake(_("best epoch"), _("{value}, a {kind}").format(value=repr(found), kind=type(found).__name__),
                      _("the int {best}").format(best=case["best"]),
                      _("epochs are counted in whole numbers: return int(np.argmin(...)) + 1"))


@exercise("overfitting.overfits")
def test_overfits(learner, shaped):
    shape, case, history = shaped
    found = learner(history)
    if bool(found) != case["overfits"]:
        raise Mistake(_(shape), found, case["overfits"], _(case["why"]))
    if not isinstance(found, (bool, np.bool_)):
        raise Mistake(_("{case}: returned value").format(case=_(shape)),
                      _("{value}, a {kind}").format(value=repr(found), kind=type(found).__name__),
                      _("{value}, a bool").format(value=case["overfits"]),
                      _("return True or False in every case: return <condition> and <condition>"))


@exercise("overfitting.overfits")
@pytest.mark.parametrize("patience", [2, 3])
def test_overfits_patience(learner, patience):
    curves = {"loss": FALLING, "val_loss": [1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.45, 0.4, 0.42, 0.44]}
    found = learner(curves, patience=patience)
    if bool(found) != (patience == 2):
        raise Mistake(f"patience={patience}", found, patience == 2,
                      _("the best val_loss was 2 epochs before the end: "
                        "by this exercise's rule it overfits only if patience is at most 2"))


# ------------------------------------------------------------ the remedies

NUM_WORDS = 50
X_WORDS = (np.random.default_rng(0).random((8, NUM_WORDS)) > 0.5).astype("float32")


def _expect_like_note(model: keras.Model) -> None:
    """Note 003's inputs (multi-hot vectors of num_words words) and compile settings."""
    try:
        shape = tuple(model.inputs[0].shape)
    except (ValueError, AttributeError, IndexError, TypeError):  # a Sequential model without an Input
        shape = None
    if shape != (None, NUM_WORDS):
        raise Mistake(_("input shape"), shape or _("none"), (None, NUM_WORDS),
                      _("keras.Input(shape=(num_words,)): a vector of num_words words (here {count}) "
                        "per example").format(count=NUM_WORDS))
    checks.expect_head(model, "binary")
    checks.expect_optimizer(model, "Adam")
    checks.expect_metrics(model, ["accuracy", "binary_crossentropy"])
    checks.expect_logged(model, ["accuracy", "binary_crossentropy"])  # what plot_history and compare_capacity read


def _penalty_at(index: int, key: str) -> str:
    return _("layer {index}: {key}").format(index=index, key=key)


def _expect_penalties(model: keras.Model, hidden: int = 0, why: str = "") -> None:
    """Weight penalties (any *_regularizer of a layer) on the kernels of the first ``hidden`` layers, nowhere else."""
    found = [_penalty_at(index, key) for index, layer in enumerate(checks.layers_of(model), start=1)
             for key, value in layer.get_config().items() if key.endswith("_regularizer") and value is not None]
    expected = [_penalty_at(index, "kernel_regularizer") for index in range(1, hidden + 1)]
    if found != expected:
        raise Mistake(_("weight penalties"), ", ".join(found) or _("none"), ", ".join(expected) or _("none"),
                      why or _("add no weight penalty where the docstring asks for none: it changes the loss fit() "
                               "minimises, and with it what is compared"))


def _hidden(units: int) -> list:
    return [L.Dense(units, activation="relu"), L.Dense(units, activation="relu"), L.Dense(1, activation="sigmoid")]


@exercise("overfitting.capacity_models")
def test_capacity_models(learner):
    models = learner(num_words=NUM_WORDS)
    learner(num_words=NUM_WORDS)  # a second call makes its own: nothing of the first's comes back again
    if not isinstance(models, dict) or set(models) != {"baseline", "smaller", "bigger"}:
        raise Mistake(_("returned value"), sorted(models) if isinstance(models, dict) else type(models).__name__,
                      _("a dict with keys baseline, smaller, bigger"),
                      _("return {'baseline': ..., 'smaller': ..., 'bigger': ...}"))
    for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512)):
        model = checks.expect_model(models[name], _("{name} model").format(name=name))
        checks.expect_layers(model, _hidden(units),
                             _("note 003's {name} model has two hidden layers of {units} units").format(name=name,
                                                                                                       units=units),
                             head_judged_apart=True)
        last = checks.written_layers(model)[-1]
        if checks.activation_of(last) != "sigmoid":
            raise Mistake(_("output layer of the {name} model").format(name=name), checks.describe(last),
                          'Dense(1, activation="sigmoid")',
                          _("note 003's models end in one sigmoid unit: a logit output is another model, whatever "
                            "the loss is told"))
        _expect_like_note(model)
        checks.expect_output_shape(model, (NUM_WORDS,), 1)


# Three small models under names and in an order of the grader's own, trained on 60 examples and
# validated on 20 others, with arguments unlike the defaults: an answer that ignores one shows.
ALIKE = dict(epochs=2, batch_size=25)  # 60 training examples: a smaller last batch
# In this order the final val_loss goes up then down (0.66, 0.76, 0.66 to 0.68): results sorted by it, best or
# worst first, or by name, come in another order than the models were given.
ALIKE_UNITS = {"smaller": 4, "baseline": 16, "bigger": 64}


def _alike_data():
    rng = np.random.default_rng(3)
    x = (rng.random((90, NUM_WORDS)) > 0.5).astype("float32")
    y = (x[:, :NUM_WORDS // 2].sum(axis=1) > x[:, NUM_WORDS // 2:].sum(axis=1)).astype("float32")
    # labels as columns, as the model outputs them; 30 to validate on: more than one batch of batch_size
    return x[:60], y[:60, None], x[60:], y[60:, None]


def _pairs(result) -> list:
    if isinstance(result, dict):
        raise Mistake(_("returned value"), _("a dict"), _("a list of (name, history) pairs"),
                      _("plot_history(histories) loops over pairs: return list(histories.items()), "
                        "or append (name, history)"))
    if not isinstance(result, (list, tuple)) or not all(isinstance(p, (list, tuple)) and len(p) == 2 for p in result):
        raise Mistake(_("returned value"), type(result).__name__, _("a list of (name, history) pairs"),
                      _("one pair per model, as plot_history takes them: histories.append((name, model.fit(...)))"))
    return list(result)


@exercise("overfitting.compare_capacity")
def test_compare_capacity(learner):
    x, y, x_val, y_val = _alike_data()
    keras.utils.set_random_seed(0)
    models = {name: _binary_model(units) for name, units in ALIKE_UNITS.items()}
    compiled = {name: model.get_compile_config() for name, model in models.items()}
    with checks.watching(learner, eager=True) as calls, checks.where_learner_runs(learner, checks.dtype_policy, "float64"):
        result = learner(models, x, y, x_val, y_val, **ALIKE)  # under a policy of the caller's, which it keeps
    fits = [call for call in calls if call.kind == "fit"]
    stopper = next((checks.stopper_in(call.arguments) for call in fits if checks.stopper_in(call.arguments)), None)
    if stopper:
        raise Mistake(_("callbacks"), stopper, _("none that ends a run early"),
                      _("train every model for all the epochs you are given: a run stopped sooner is a shorter curve, "
                        "and the comparison is no longer alike"))
    for name, model in models.items():
        if model.get_compile_config() != compiled[name]:
            raise Mistake(_("compile of the {name} model").format(name=name),
                          _("compiled again, metrics {metrics}").format(metrics=model.get_compile_config().get(
                              "metrics")), _("as given, metrics {metrics}").format(metrics=compiled[name].get("metrics")),
                          _("fit the models as they come: they are compiled alike already, and plot_history draws the "
                            "metrics they log"))
    fits = [(call.model, call.history, call.x) for call in fits]
    pairs = _pairs(result)
    names = [name for name, _ in pairs]
    if names != list(models):
        raise Mistake(_("names"), names, list(models),
                      _("one pair per model, named and ordered as the models dict: for name, model in models.items()"))
    for name, model in models.items():
        runs = [(history, data) for fitted, history, data in fits if fitted is model]
        if len(runs) != 1:
            raise Mistake(_("fits of the {name} model").format(name=name), len(runs), 1,
                          _("fit each model once, on the models you are given: a second fit goes on from the first's "
                            "weights, and a fresh model is not the one compared"))
        history, data = runs[0]
        _expect_trained_alike(name, model, history, data, (x, y), (x_val, y_val))
        returned = pairs[names.index(name)][1]
        if returned is not history and returned is not history.history:
            owner = next((n for n, m in models.items() for f, h, _ in fits
                          if f is m and returned in (h, h.history)), None)
            raise Mistake(_("history paired with {name}").format(name=repr(name)),
                          _("the {name} model's").format(name=owner) if owner else type(returned).__name__,
                          _("the {name} model's History").format(name=name),
                          _("pair each name with what its own model.fit(...) returned"))
    if len(fits) > len(models):
        raise Mistake(_("fits"), len(fits), len(models),
                      _("fit each of the models you are given, once: no other model"))
    order = [next(n for n, m in models.items() if m is fitted) for fitted, _, _ in fits]
    if order != list(models):
        raise Mistake(_("order of the fits"), order, list(models),
                      _("fit the models in the order given, for name, model in models.items(): the seeds and "
                        "the state each run leaves make the order part of a reproducible comparison"))


def _binary_model(units: int) -> keras.Model:
    model = keras.Sequential([keras.Input((NUM_WORDS,)), *_hidden(units)])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model


def _shared(examples, among) -> int:
    """How many of the ``examples`` (rows of x) are also among ``among``."""
    rows, others = (np.asarray(data, dtype="float64") for data in (examples, among))
    rows, others = rows.reshape(len(rows), -1), others.reshape(len(others), -1)
    return int((rows[:, None] == others[None]).all(axis=-1).any(axis=1).sum())


def _expect_trained_alike(name, model, history, data, train, val) -> None:
    curves = history.history
    if len(curves.get("loss", ())) != ALIKE["epochs"]:
        raise Mistake(_("epochs of the {name} model").format(name=name), len(curves.get("loss", ())), ALIKE["epochs"],
                      _("train every model for the epochs you are given: model.fit(..., epochs=epochs)"))
    shared = _shared(data, val[0]) if isinstance(data, np.ndarray) else 0
    if shared:
        raise Mistake(_("training data of the {name} model").format(name=name),
                      "val_data" if shared == len(data) else _("{count} examples of val_data among them").format(
                          count=shared), "train_data",
                      _("train on train_data, train_labels; val_data is held out to show how the model generalises"))
    if len(curves.get("val_loss", ())) != ALIKE["epochs"]:
        found = (_("val_loss for {epochs} epochs").format(epochs=len(curves["val_loss"])) if "val_loss" in curves
                 else _("none (no val_loss)"))
        raise Mistake(_("validation of the {name} model").format(name=name), found,
                      _("val_loss for each of the {epochs} epochs").format(epochs=ALIKE["epochs"]),
                      _("validate each model after every epoch on the held-out data: "
                        "model.fit(..., validation_data=(val_data, val_labels))"))
    validated = curves["val_loss"][-1]
    on_val = checks.loss_on(model, *val)
    if not np.isclose(validated, on_val, rtol=1e-4, atol=1e-6):
        on_train = checks.loss_on(model, *train)
        size = ALIKE["batch_size"]
        on_batch = checks.loss_on(model, val[0][:size], val[1][:size])
        if np.isclose(validated, on_batch, rtol=1e-4, atol=1e-6):
            raise Mistake(_("validation data of the {name} model").format(name=name),
                          _("its first batch only ({count} of {total} examples)").format(count=size, total=len(val[0])),
                          _("all of val_data"), _("leave validation_steps out: each epoch then validates on all of "
                                                  "the held-out data"))
        source = _("the training data") if np.isclose(validated, on_train, rtol=1e-4, atol=1e-6) else _("other data")
        raise Mistake(_("validation data of the {name} model").format(name=name), source, "val_data, val_labels",
                      _("validate every model on the same held-out data: validation_data=(val_data, val_labels) "
                        "(validation_split holds out part of the training data instead)"))
    steps = history.params.get("steps")
    wanted = -(-len(train[0]) // ALIKE["batch_size"])
    if steps != wanted:
        raise Mistake(_("batches per epoch of the {name} model").format(name=name), steps,
                      _("{steps} ({examples} examples in batches of {size})").format(
                          steps=wanted, examples=len(train[0]), size=ALIKE["batch_size"]),
                      _("train every model with the batch size you are given: model.fit(..., batch_size=batch_size)"))


DROPOUT_LAYERS = [L.Dense(16, activation="relu"), L.Dropout(0.2), L.Dense(16, activation="relu"), L.Dropout(0.2),
                  L.Dense(1, activation="sigmoid")]


@exercise("overfitting.dropout_model")
@pytest.mark.parametrize("rate", [0.2, 0.6])  # 0.6: a rate outside note 003's usual 0.2 to 0.5
def test_dropout_model_layers(learner, rate):
    model = checks.expect_model(learner(num_words=NUM_WORDS, rate=rate))
    expected = [L.Dropout(rate) if isinstance(layer, L.Dropout) else layer for layer in DROPOUT_LAYERS]
    checks.expect_layers(model, expected,
                         _("a Dropout({rate}) after each hidden layer, none after the output").format(rate=rate),
                         head_judged_apart=True)
    _expect_like_note(model)


DROPOUT_OFF = N_("dropout must be off at inference: keras.layers.Dropout drops only when training=True")


def _expect_inference_agrees(model: keras.Model, x, why: str) -> None:
    """model(x) and model.predict(x) are inference too: each gives what model(x, training=False) gives."""
    wanted = np.asarray(model(x, training=False))
    for call, found in (("model(x)", model(x)), ("model.predict(x)", model.predict(x, verbose=0))):
        if not np.allclose(np.asarray(found), wanted, atol=1e-6):
            raise Mistake(_("inference"), _("{call} differs from model(x, training=False)").format(call=call),
                          _("the same output however the model is called at inference"), why)


@exercise("overfitting.dropout_model")
def test_dropout_acts_only_in_training(learner):
    model = checks.expect_model(learner(num_words=NUM_WORDS, rate=0.5))
    _expect_inference_agrees(model, X_WORDS, _(DROPOUT_OFF))
    if np.allclose(model(X_WORDS, training=True), model(X_WORDS, training=True)):
        raise Mistake(_("training"), _("the same output on every call"), _("outputs that vary while training"),
                      _("dropout zeroes a random part of the features at each training step"))
    for layer in (layer for layer in checks.layers_of(model) if isinstance(layer, L.Dropout)):
        dropped = np.asarray(layer(np.ones((64, 16), "float32"), training=True)) == 0
        if np.mean(dropped.any(axis=1) & ~dropped.all(axis=1)) < 0.5:
            raise Mistake(_("what {layer} drops while training").format(layer=checks.describe(layer)),
                          _("whole examples, or none of their units"), _("a share of each example's units"),
                          _("Dropout draws a mask per unit: noise_shape=(None, 1) drops an example's units all "
                            "together; leave noise_shape out"))


@exercise("overfitting.regularized_model")
@pytest.mark.parametrize("kind, factor", [("l2", 0.003), ("l1", 0.0005)])
def test_regularized_model(learner, kind, factor):
    model = checks.expect_model(learner(num_words=NUM_WORDS, kind=kind, factor=factor))
    checks.expect_layers(model, _hidden(16),
                         _("note 003's baseline: Dense(16, relu), Dense(16, relu), Dense(1, sigmoid)"),
                         head_judged_apart=True, penalties=True)
    _expect_like_note(model)
    if not model.losses:
        raise Mistake("model.losses", _("empty"),
                      _("the {kind} penalty of both hidden layers").format(kind=kind.upper()),
                      _("give each hidden Dense kernel_regularizer=keras.regularizers.{kind}({factor}); "
                        "the penalty joins the loss fit() minimises: "
                        "the training loss reads higher than the test cross-entropy, on purpose").format(
                          kind=kind.upper(), factor=factor))
    _expect_penalties(model, hidden=2, why=_("the penalty goes on the kernels of the two hidden layers only, "
                                             "kernel_regularizer=keras.regularizers.{kind}({factor}): "
                                             "not on the biases, the outputs or the output layer").format(
                                                 kind=kind.upper(), factor=factor))
    norms = {"l1": lambda w: np.abs(w).sum(), "l2": lambda w: np.square(w).sum()}
    other = "l1" if kind == "l2" else "l2"
    hidden_layers = [layer for layer in model.layers if isinstance(layer, L.Dense)][:2]
    for scale in (1.0, 2.0):
        for layer in hidden_layers:
            layer.kernel.assign(layer.kernel * scale)
        penalty = float(sum(np.asarray(loss) for loss in model.losses))
        hidden = sum(float(norms[kind](np.asarray(layer.kernel))) for layer in hidden_layers)
        if np.isclose(penalty, factor * hidden, rtol=1e-3):
            continue
        guess = sum(float(norms[other](np.asarray(layer.kernel))) for layer in hidden_layers)
        ratio = penalty / hidden if hidden else 0.0  # the factor, if the kind is right
        if np.isclose(penalty, factor * guess, rtol=1e-3):
            found = _("an {kind} penalty").format(kind=other.upper())
        elif any(np.isclose(ratio, common, rtol=1e-3) for common in (0.01, 0.001, 0.0001)):
            found = _("an {kind} penalty with factor {factor}").format(kind=kind.upper(), factor=f"{ratio:.2g}")
        else:
            found = f"{penalty:.4g}"
        raise Mistake(_("penalty with the weights doubled") if scale > 1 else _("penalty"), found,
                      f"{kind.upper()}: {factor} x sum({'|w|' if kind == 'l1' else 'w**2'}) = {factor * hidden:.4g}",
                      _("use kernel_regularizer=keras.regularizers.{kind}({factor}) on both hidden layers "
                        "(the string 'l2' means factor 0.01)").format(kind=kind.upper(), factor=factor))


BATCHNORM_LAYERS = 'Dense(16), BatchNormalization(), Dense(16), BatchNormalization(), Dense(1, activation="sigmoid")'
BATCHNORM_MOVING = N_("at inference BatchNormalization uses its moving mean and variance, not the batch's")


@exercise("overfitting.batchnorm_model")
def test_batchnorm_placement(learner):
    model = checks.expect_model(learner(num_words=NUM_WORDS))
    found = checks.layers_of(model)
    names = ", ".join(checks.describe(layer) for layer in found)
    norms = [i for i, layer in enumerate(found) if isinstance(layer, L.BatchNormalization)]
    dense = [i for i, layer in enumerate(found) if isinstance(layer, L.Dense)]
    if norms and dense and norms[-1] > dense[-1]:
        raise Mistake("BatchNormalization", names, _("one after each hidden Dense, none after the output"),
                      _("it normalises a hidden layer's outputs for the next layer; "
                        "after the output it would rescale probabilities"))
    counted = [found[i].units for i in dense] == [16, 16, 1] and len(norms) == 2
    if not (counted and dense[0] < norms[0] < dense[1] < norms[1]):
        raise Mistake(_("layers"), names, BATCHNORM_LAYERS,
                      _("keep the baseline's three Dense layers and add one BatchNormalization after each hidden one"))
    extra = next((layer for layer in found if not isinstance(layer, (L.Dense, L.BatchNormalization, L.Activation,
                                                                      L.ReLU))), None)
    if extra is not None:
        raise Mistake(_("layers"), names, BATCHNORM_LAYERS,
                      _("add only the two BatchNormalization layers (and relu layers, if you like): {layer} is "
                        "another remedy, and mixed in it hides what the normalisation does").format(
                          layer=checks.describe(extra)))
    for number, (start, end) in enumerate(zip(dense, dense[1:]), start=1):
        block = found[start:end]
        relus = [checks.activation_of(layer) for layer in block if checks.activation_of(layer) != "linear"]
        relus += [checks.activation_layer_of(layer) or checks.describe(layer) for layer in block
                  if isinstance(layer, L.ReLU)]  # a ReLU(max_value=6.0) is no relu
        if relus != ["relu"]:
            raise Mistake(_("hidden layer {number}").format(number=number),
                          ", ".join(checks.describe(layer) for layer in block),
                          _('Dense(16), BatchNormalization(), Activation("relu") '
                            "(or the relu on the Dense, before it)"),
                          _("each hidden layer keeps its relu: without it Dense after Dense is one linear map"))
    _expect_like_note(model)
    _expect_penalties(model)
    for layer in (found[i] for i in norms):
        if (len(layer.trainable_weights), len(layer.non_trainable_weights)) != (2, 2):
            raise Mistake(_("BatchNormalization weights"),
                          _("{trainable} trainable, {frozen} not").format(trainable=len(layer.trainable_weights),
                                                                          frozen=len(layer.non_trainable_weights)),
                          _("2 trainable (gamma, beta), 2 not (moving mean, moving variance)"),
                          _("gamma and beta are learned; leave the layer trainable "
                            "(trainable=False freezes it in inference mode)"))


@exercise("overfitting.batchnorm_model")
def test_batchnorm_two_modes(learner):
    model = checks.expect_model(learner(num_words=NUM_WORDS))
    _expect_inference_agrees(model, X_WORDS, _(BATCHNORM_MOVING))
    norm = next((layer for layer in model.layers if isinstance(layer, L.BatchNormalization)), None)
    before = np.asarray(norm.moving_mean).copy() if norm is not None else None
    single = np.asarray(model(X_WORDS[:1], training=False))
    if not np.allclose(single, np.asarray(model(X_WORDS, training=False))[:1], atol=1e-5):
        raise Mistake(_("inference mode"), _("a sample's output depends on its batch"),
                      _("the same output alone or in a batch"), _(BATCHNORM_MOVING))
    if np.allclose(np.asarray(model(X_WORDS[:2], training=True))[:1], np.asarray(model(X_WORDS, training=True))[:1],
                   atol=1e-5):
        raise Mistake(_("training mode"), _("a sample's output ignores its batch"),
                      _("normalised with the batch's statistics"),
                      _("while training BatchNormalization normalises each batch with that batch's mean and variance"))
    if norm is not None and np.allclose(before, np.asarray(norm.moving_mean)):
        raise Mistake(_("moving mean"), _("unchanged by calls with training=True"), _("updated while training"),
                      _("each training step (fit calls the model with training=True) updates the moving statistics "
                        "that inference will use"))


REMEDY_CASES = {
    N_("overfitting images"): (0.99, 0.70, "images",
                               {"more data", "augmentation", "dropout", "smaller network", "regularization"},
                               N_("train far above validation: more data, augmentation (images), dropout, "
                                  "a smaller network, regularization")),
    N_("overfitting text"): (0.98, 0.75, "text", {"more data", "dropout", "smaller network", "regularization"},
                             N_("augmentation flips and rotates images: a flipped sentence is not a new example")),
    N_("underfitting"): (0.62, 0.60, "images", {"bigger network"},
                         N_("low accuracy on both sets is underfitting: it needs more capacity, "
                            "and anti-overfitting remedies make it worse")),
    N_("good fit"): (0.94, 0.91, "text", set(), N_("training and validation agree and are high: nothing to fix")),
    N_("overfitting tables"): (0.97, 0.72, "tables", {"more data", "dropout", "smaller network", "regularization"},
                               N_("augmentation makes new images only: a flipped table row is not a new example")),
    N_("a gap of 0.15"): (0.95, 0.8, "text", {"more data", "dropout", "smaller network", "regularization"},
                          N_("a gap of 0.15 is more than 0.1, this exercise's line for overfitting")),
    N_("overfitting with low accuracy"): (0.75, 0.55, "images",
                                          {"more data", "augmentation", "dropout", "smaller network", "regularization"},
                                          N_("by this exercise's rules a gap over 0.1 is overfitting "
                                             "even when accuracy is low: they ask about overfitting first")),
    N_("a gap of exactly 0.1"): (0.2, 0.1, "images", {"bigger network"},
                                 N_("a gap of exactly 0.1 is not more than 0.1, this exercise's line for overfitting; "
                                    "and a training accuracy this far below 0.8 is its underfitting")),
    N_("validation above training"): (0.7, 0.85, "images", {"bigger network"},
                                      N_("only training above validation by more than 0.1 is overfitting; "
                                         "validation above training is not, and a training accuracy under 0.8 "
                                         "is underfitting")),
    N_("train accuracy exactly 0.8"): (0.8, 0.75, "images", set(),
                                       N_("0.8 is not below 0.8, this exercise's line for underfitting, "
                                          "and a gap of 0.05 is not above 0.1: nothing to fix")),
}


@exercise("overfitting.pick_remedies")
@pytest.mark.parametrize("case", REMEDY_CASES)
def test_pick_remedies(learner, case):
    train, val, inputs, expected, why = REMEDY_CASES[case]
    learner(train, val, inputs=inputs)
    picked = learner(train, val, inputs=inputs)  # the same question twice: a new set each time
    if not isinstance(picked, (set, frozenset, list, tuple)):
        raise Mistake(_("{case}: returned value").format(case=_(case)), repr(picked),
                      _("a set, here {names}").format(names=sorted(expected) or "set()"),
                      _("return a set of names in every case, set() when no remedy is needed: callers loop over it"))
    names = {str(name).strip().lower().replace("regularisation", "regularization") for name in picked}
    names.discard("batch norm")
    if names != expected:
        raise Mistake(_("{case} (train {train}, val {val}, {inputs})").format(case=_(case), train=train, val=val,
                                                                             inputs=inputs),
                      sorted(names) or _("nothing"), sorted(expected) or _("nothing"), _(why))


# ------------------------------------------------------------ tuning

TUNE_SPACE = dict(learning_rates=[0.01, 0.003], units=[3, 5], dropouts=[0.0, 0.25])
TUNE_CONFIGS = list(itertools.product(*TUNE_SPACE.values()))
TUNE_EPOCHS, TUNE_SPLIT = 4, 0.4  # neither is the default, and 4 epochs tell [-1] from [1]
# Each run's history is trained for real, then its numbers are set by the grader, so that one answer is right
# on any machine. In TUNE_CONFIGS order: the last-epoch val_accuracy; the best (run 4) is neither the first,
# the last, nor the largest or smallest configuration, and a later run shares each of its values (scores kept
# under one of them lose it). Run 1 peaks at an earlier epoch, run 2 has the best training accuracy, run 6 the
# lowest val_loss: each is what a plausible wrong score would pick.
TUNE_BEST, TUNE_PEAK, TUNE_TRAIN, TUNE_LOSS = 4, 1, 2, 6
TUNE_VAL = [0.62, 0.70, 0.66, 0.74, 0.8137, 0.55, 0.69, 0.77]  # the best with four decimals: a rounding shows
TUNE_TRAIN_ACC = [0.90, 0.91, 0.99, 0.92, 0.86, 0.88, 0.93, 0.90]
TUNE_VAL_LOSS = [0.60, 0.55, 0.62, 0.50, 0.45, 0.58, 0.30, 0.48]
TUNE_WHY = {
    TUNE_PEAK: N_("this exercise scores a run by its last epoch's val_accuracy, history.history['val_accuracy'][-1]: "
                  "the model you keep is the last epoch's, not its best one"),
    TUNE_TRAIN: N_("judge on data the model did not train on, val_accuracy: training accuracy rewards overfitting"),
    TUNE_LOSS: N_("the score is val_accuracy, as the docstring says, not val_loss"),
}


def _tune_index(learning_rate, units, dropout):
    """The index in TUNE_CONFIGS of a configuration, or None."""
    return next((i for i, (rate, width, drop) in enumerate(TUNE_CONFIGS)
                 if np.isclose(float(learning_rate), rate, rtol=1e-5) and units == width
                 and np.isclose(float(dropout), drop)), None)


def _tune_text(index: int) -> str:
    rate, width, drop = TUNE_CONFIGS[index]
    return f"learning_rate {rate:g}, units {width}, dropout {drop:g} (val_accuracy {TUNE_VAL[index]:g})"


def _run_index(model):
    """The index in TUNE_CONFIGS of the combination a tune run's model was built with, or None."""
    try:
        dense = next(layer for layer in model.layers if isinstance(layer, L.Dense))
        drop = next((layer.rate for layer in model.layers if isinstance(layer, L.Dropout)), 0.0)
        return _tune_index(np.asarray(model.optimizer.learning_rate), dense.units, drop)
    except (StopIteration, AttributeError, TypeError):
        return None


def _scripted(model, history) -> None:
    """A tune run's History, given the scores of its combination (a known best) before the learner's code reads it."""
    index = _run_index(model)
    if index is not None:
        _set_history(history.history, index)


def _set_history(curves: dict, index: int) -> None:
    """The grader's numbers for run ``index``, in place of the trained ones."""
    n = len(curves.get("loss", ())) or 1
    for key in list(curves):
        if "acc" in key and key.startswith("val_"):
            values = [TUNE_VAL[index] - 0.02 * (n - 1 - e) for e in range(n)]
            if index == TUNE_PEAK and n > 1:
                values[:-1] = [0.93] * (n - 1)
        elif "acc" in key:
            values = [TUNE_TRAIN_ACC[index]] * n
        elif key == "val_loss":
            values = [TUNE_VAL_LOSS[index] + 0.05 * (n - 1 - e) for e in range(n)]
        else:
            continue
        curves[key] = values


def _expect_tune_model(model: keras.Model) -> None:
    """Dense(units, relu), Dropout(dropout), Dense(1, sigmoid), compiled with Adam at a rate of the space."""
    found = checks.layers_of(model)
    dense = next((layer for layer in found if isinstance(layer, L.Dense)), None)
    drop = next((layer for layer in found if isinstance(layer, L.Dropout)), None)
    expected = [L.Dense(dense.units if dense else 1, activation="relu"), *([L.Dropout(drop.rate)] if drop else []),
                L.Dense(1, activation="sigmoid")]  # a Dropout(0.0) may be left out: it changes nothing
    checks.expect_layers(model, expected, _("each run: Dense(units, relu), Dropout(dropout), Dense(1, sigmoid)"),
                         head_judged_apart=True)
    checks.expect_metrics(model, ["accuracy"])
    checks.expect_head(model, "binary")
    checks.expect_optimizer(model, "Adam")
    rate = float(np.asarray(model.optimizer.learning_rate))
    if not any(np.isclose(rate, r, rtol=1e-5) for r in TUNE_SPACE["learning_rates"]):
        one, other = TUNE_SPACE["learning_rates"]
        raise Mistake(_("learning rate"), f"{rate:g}", _("{one} or {other}").format(one=f"{one:g}", other=f"{other:g}"),
                      _("compile each run with its rate: keras.optimizers.Adam(learning_rate=learning_rate)"))


def _expect_held_out(trained_on, validation_data, total: int) -> None:
    """A tune run given validation_data validates on validation_split of x that it did not train on."""
    if not isinstance(validation_data, (tuple, list)):  # validation_split holds out its share of x itself
        return
    held, wanted = validation_data[0], round(total * TUNE_SPLIT)
    shared = _shared(held, trained_on)
    if shared or len(held) != wanted:
        raise Mistake(_("validation data"),
                      _("{count} examples, {shared} of them also trained on").format(count=len(held), shared=shared),
                      _("{count} of the {total} examples of x, held out of training").format(count=wanted, total=total),
                      _("judge each run on data it did not train on: "
                        "model.fit(x, y, validation_split=validation_split) holds that share of x out"))


@exercise("overfitting.tune")
def test_tune(learner):
    x, target = toydata.linear_targets(40, 2)
    y = (target > 0).astype("float32")
    with checks.watching(learner, then=_scripted, eager=True) as calls:
        result = learner(x, y, **TUNE_SPACE, epochs=TUNE_EPOCHS, validation_split=TUNE_SPLIT)
    runs = [dict(model=call.model, x=call.x, kwargs=call.arguments, index=_run_index(call.model),
                 epochs=len(call.history.history.get("loss", ())), keys=sorted(call.history.history))
            for call in calls if call.kind == "fit"]
    best, score = checks.expect_tuple(result, "(best_config, best_score)",
                                      _("return ({'learning_rate': ..., 'units': ..., 'dropout': ...}, score)"))
    checks.expect_instance(best, dict, _("the configuration as {'learning_rate': ..., 'units': ..., 'dropout': ...}"),
                           "best_config")
    for run in runs:
        _expect_tune_model(run["model"])
        _expect_inference_agrees(run["model"], x, _(DROPOUT_OFF))
        if run["kwargs"].get("verbose", "auto") not in (0, False):
            raise Mistake(_("fit() arguments"), f"verbose={run['kwargs'].get('verbose', 'auto')!r}", "verbose=0",
                          _("fit each run quietly: a search of many runs would print a progress bar or line each"))
        stopper = checks.stopper_in(run["kwargs"])
        if stopper:
            raise Mistake(_("fit() callbacks"), stopper, _("none: each run for the epochs given"),
                          _("score every run after the same epochs: an early stop compares runs trained for "
                            "different lengths"))
        if run["epochs"] != TUNE_EPOCHS:
            raise Mistake(_("epochs"), _("{epochs} per fit").format(epochs=run["epochs"]),
                          _("{epochs}, the epochs argument").format(epochs=TUNE_EPOCHS),
                          _("fit each run for the epochs you are given: model.fit(..., epochs=epochs)"))
        if not any(k.startswith("val_") for k in run["keys"]):
            raise Mistake(_("validation"), _("histories without val_accuracy"), _("a validation score for every run"),
                          _("fit with validation_split=validation_split and score on val_accuracy: "
                            "training accuracy rewards overfitting"))
        if not any(k.startswith("val_") and "acc" in k for k in run["keys"]):
            raise Mistake(_("history"), ", ".join(run["keys"]), _("val_accuracy among them"),
                          _("compile with metrics=['accuracy'] to get val_accuracy from a validation split"))
        split = run["kwargs"].get("validation_split", TUNE_SPLIT)
        if not np.isclose(float(split), TUNE_SPLIT):
            raise Mistake("validation_split", f"{split:g}", _("{split}, the argument").format(split=f"{TUNE_SPLIT:g}"),
                          _("hold out the fraction you are given: model.fit(..., validation_split=validation_split)"))
        _expect_held_out(run["x"], run["kwargs"].get("validation_data"), len(x))
    if len({id(run["model"]) for run in runs}) < len(runs):
        raise Mistake(_("models"), _("{models} models for {fits} fits").format(
                          models=len({id(run["model"]) for run in runs}), fits=len(runs)),
                      _("a new model for every fit"),
                      _("build and compile a fresh model inside the loop: a model fitted "
                        "again starts from the last run's weights, and the comparison is unfair"))
    fitted = sorted(run["index"] for run in runs if run["index"] is not None)
    if fitted != list(range(len(TUNE_CONFIGS))):
        missing = next((_tune_text(i).split(" (")[0] for i in range(len(TUNE_CONFIGS)) if i not in fitted), None)
        found = (_("{fits} fits, never {config}").format(fits=len(runs), config=missing) if missing
                 else _("{fits} fits, some twice").format(fits=len(runs)))
        raise Mistake(_("search"), found,
                      _("each of the {count} combinations (2 x 2 x 2) once").format(count=len(TUNE_CONFIGS)),
                      _("fit one model per combination: itertools.product(learning_rates, units, dropouts)"))
    try:
        chosen = _tune_index(best["learning_rate"], best["units"], best["dropout"])
    except (KeyError, TypeError, ValueError):
        chosen = None
    if chosen is None:
        raise Mistake(_("best configuration"), best, _("a dict with learning_rate, units and dropout from the space"),
                      _("return the keys learning_rate, units and dropout of the best run"))
    if chosen != TUNE_BEST:
        raise Mistake(_("best configuration"), _tune_text(chosen), _tune_text(TUNE_BEST),
                      _(TUNE_WHY[chosen]) if chosen in TUNE_WHY
                      else _("keep the configuration with the highest validation accuracy"))
    if not isinstance(score, (int, float, np.number)) or not np.isclose(float(score), TUNE_VAL[TUNE_BEST]):
        raise Mistake(_("best score"), repr(score),
                      _("{score}, the best run's last val_accuracy").format(score=f"{TUNE_VAL[TUNE_BEST]:g}"),
                      _("return the best run's score with its configuration: (best_config, best_score)"))
    only = dict(learning_rate=0.02, units=4, dropout=0.1)  # a second search, of one combination: its own answer
    again, _score = learner(x, y, learning_rates=[0.02], units=[4], dropouts=[0.1], epochs=1, validation_split=TUNE_SPLIT)
    if again != only:
        raise Mistake(_("best of a second search, of {only} alone").format(only=only), again, only,
                      _("a search ranks its own runs only: keep the scores inside the function, not in a class "
                        "or module variable"))
