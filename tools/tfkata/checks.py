"""The graders' checks: each reads a model the way model.summary() shows it and
raises a Mistake (found / expected / why) when it differs.

One helper per kind of check; graders combine them. Imports Keras.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from pathlib import Path

import keras
import numpy as np
import time_machine
from hypothesis import given, strategies as st

from . import describe as _describe
from .i18n import N_, _
from .problems import Mistake, first_line, tip
from .spy import Call, recording

# ---------------------------------------------------------------- what the learner returns


def expect_instance(obj: object, kind, how: str, what: str | None = None):
    """``obj`` is a ``kind`` (a class, or a tuple of classes), or a Mistake saying how to make one.
    ``what`` names it in the lesson (translated; "returned value" if None)."""
    if not isinstance(obj, kind):
        names = _(" or ").join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
        raise Mistake(what or _("returned value"), type(obj).__name__, _("a {kind}").format(kind=names), how)
    return obj


def expect_array(obj: object, what: str | None = None):
    """The NumPy array a docstring promises (a tensor of TensorFlow or keras.ops is not one)."""
    if isinstance(obj, (np.generic, int, float)):
        raise Mistake(what or _("returned value"), _("a single {kind}, {value}").format(kind=type(obj).__name__,
                                                                                      value=obj),
                      _("a NumPy array"), _("a reduction over the whole array (np.argmax(x), with no axis=) gives one "
                                            "number: give the axis, or return an array"))
    if not isinstance(obj, np.ndarray):
        raise Mistake(what or _("returned value"), type(obj).__name__, _("a NumPy array"),
                      _("return a NumPy array: np.asarray(...), or .numpy() for a tensor"))
    return obj


def expect_tuple(result: object, shape: str, how: str) -> tuple:
    """A tuple (or list) of as many items as ``shape`` names, e.g. "(history, test_loss, test_accuracy)"."""
    size = shape.count(",") + 1
    if not (isinstance(result, (tuple, list)) and len(result) == size):
        found = (_("{type} of {count}").format(type=type(result).__name__, count=len(result))
                 if isinstance(result, (tuple, list)) else type(result).__name__)
        raise Mistake(_("returned value"), found, shape, how)
    return tuple(result)


def expect_file_in(path, folder, how: str, what: str | None = None) -> Path:
    """``path`` names an existing file inside ``folder``, at any depth (``what``: "saved file" if None)."""
    path = Path(os.fspath(path)).resolve()
    if not path.is_file() or not path.is_relative_to(Path(folder).resolve()):
        raise Mistake(what or _("saved file"), path, _("a file inside {folder}").format(folder=folder), how)
    return path


@contextlib.contextmanager
def others_kept(folder):
    """A file of the caller's in ``folder`` (the folder given to save into) must come out of the block as it was."""
    theirs, text = Path(folder) / "notes.txt", "the caller's own file\n"
    theirs.write_text(text)
    yield
    if not theirs.is_file() or theirs.read_text() != text:
        raise Mistake(_("a file of the caller's in the folder given ({name})").format(name=theirs.name),
                      _("gone or changed"), _("left as it was"),
                      _("save into the folder, and leave what else it holds: never empty or remove a folder you "
                        "were given"))


def expect_model(obj: object, what: str | None = None) -> keras.Model:
    return expect_instance(obj, keras.Model, _("build the model (keras.Sequential([...]) or "
                                               "keras.Model(inputs, outputs)) and return it"), what)


# ---------------------------------------------------------------- reading a model


def layers_of(model: keras.Model) -> list[keras.layers.Layer]:
    """The layers model.summary() lists, without the Input."""
    return [layer for layer in model.layers if not isinstance(layer, keras.layers.InputLayer)]


def flat_layers(model: keras.Model) -> list[keras.layers.Layer]:
    """layers_of(model), a nested model's layers in its place (a pipeline may nest another one)."""
    return [inner for layer in layers_of(model)
            for inner in (flat_layers(layer) if isinstance(layer, keras.Model) else [layer])]


activation_of = _describe.activation_name


_ACTIVATED = (keras.layers.Dense, keras.layers.Conv1D, keras.layers.Conv2D, keras.layers.Conv3D)  # activation=


def activation_layer_of(layer: keras.layers.Layer) -> str | None:
    """The activation a layer of its own applies (Activation("relu"), ReLU(), Softmax()), or None."""
    if isinstance(layer, keras.layers.Activation):
        return activation_of(layer)
    if isinstance(layer, keras.layers.ReLU) and not (layer.max_value or layer.negative_slope or layer.threshold):
        return "relu"
    if isinstance(layer, keras.layers.Softmax) and layer.axis in (-1, [-1]):
        return "softmax"
    return None


def _with_activation(layer: keras.layers.Layer, activation: str) -> keras.layers.Layer:
    """A stand-in for ``layer`` with ``activation`` on it, which remembers the layer (``written_from``)."""
    stand_in = type(layer).from_config({**layer.get_config(), "activation": activation})
    stand_in.written_from = getattr(layer, "written_from", layer)
    return stand_in


def _flattens(layer: keras.layers.Layer) -> bool:
    """A Reshape to one axis of everything a sample holds: Flatten written another way."""
    if not isinstance(layer, keras.layers.Reshape) or len(layer.target_shape) != 1:
        return False
    try:
        sample = tuple(layer.input.shape[1:])
    except (AttributeError, ValueError):
        return False
    return None not in sample and layer.target_shape[0] in (-1, int(np.prod(sample)))


def written_layers(model: keras.Model) -> list[keras.layers.Layer]:
    """layers_of(model), each as one layer would say it: an activation layer after a Dense or convolution
    without one folded into it (a relu also across the Dropout between them, which it commutes with), and a
    Reshape to one axis as the Flatten it is. The docstrings allow these spellings."""
    written: list[keras.layers.Layer] = []
    for layer in layers_of(model):
        activation = activation_layer_of(layer)
        across = 2 if activation == "relu" and len(written) > 1 and isinstance(written[-1], keras.layers.Dropout) else 1
        before = written[-across] if len(written) >= across else None
        if activation and isinstance(before, _ACTIVATED) and activation_of(before) == "linear":
            written[-across] = _with_activation(before, activation)
        elif _flattens(layer):
            written.append(keras.layers.Flatten())
        else:
            written.append(layer)
    return written


def describe(layer: keras.layers.Layer, activation: bool = True) -> str:
    """A layer whole, as a learner would write it: Dense(10, activation="softmax"), Dropout(0.2),
    Conv2D(32, (3, 3), activation="relu"); Dense(1) only when it really is linear."""
    return _describe.describe(layer, activation)


PENALTIES = ("kernel_regularizer", "bias_regularizer", "activity_regularizer")
CONSTRAINTS = ("kernel_constraint", "bias_constraint")


def expect_layers(model: keras.Model, expected: list[keras.layers.Layer], why: str,
                  head_judged_apart: bool = False, penalties: bool = False) -> None:
    """Same layer types in the same order, with the same units, sizes and activations, and no weight penalty or
    constraint added (with ``penalties``, the penalties are the caller's to judge).

    ``expected`` holds example layers, e.g. [keras.layers.Dense(16, activation="relu")].
    With ``head_judged_apart`` the output layer's activation is left to expect_head,
    which judges it together with the loss.
    """
    found = written_layers(model)
    if [type(layer) for layer in found] != [type(layer) for layer in expected]:
        raise Mistake(_("layers"), ", ".join(describe(layer) for layer in found) or _("none"),
                      ", ".join(describe(layer) for layer in expected), why)
    for index, (have, want) in enumerate(zip(found, expected), start=1):
        last = index == len(found) and head_judged_apart
        if describe(have, activation=not last) != describe(want, activation=not last):
            raise Mistake(_("layer {index}").format(index=index), describe(have), describe(want), why)
        written = getattr(have, "written_from", have)
        added = next((key for key in (*CONSTRAINTS, *(() if penalties else PENALTIES))
                      if getattr(written, key, None) is not None), None)
        if added:
            raise Mistake(_("layer {index}").format(index=index),
                          f"{describe(have)[:-1]}, {added}={describe(getattr(written, added))})", describe(want),
                          _("a weight penalty or constraint changes what training does, and the loss it reports: "
                            "build the layers as the task gives them, with nothing added"))
        if written.weights and not written.trainable:
            raise Mistake(_("layer {index}").format(index=index), f"{describe(have)}, trainable=False", describe(want),
                          _("a frozen layer keeps the weights it starts with: only a pretrained base is frozen. Leave "
                            "trainable out"))
        normalised = index < len(found) and isinstance(found[index], keras.layers.BatchNormalization)
        if getattr(want, "use_bias", False) and not getattr(have, "use_bias", True) and not normalised:
            raise Mistake(_("layer {index}").format(index=index), f"{describe(have)[:-1]}, use_bias=False)",
                          describe(want), _("each unit adds its bias to its weighted sum: without it every unit's "
                                            "output is 0 at 0 inputs. Leave use_bias out (only a BatchNormalization "
                                            "right after makes it redundant)"))
        kernel = getattr(getattr(have, "written_from", have), "kernel", None)
        if kernel is not None and kernel.shape[-1] > 1 and np.ptp(np.asarray(kernel)) == 0:
            raise Mistake(_("layer {index}'s initial kernel").format(index=index),
                          _("every weight {value:g}").format(value=float(np.asarray(kernel).flat[0])),
                          _("random weights (the default kernel_initializer)"),
                          _("units that start alike get alike gradients, and stay alike: no layer can learn "
                            "features. Leave kernel_initializer out"))


# ---------------------------------------------------------------- compile settings

HEADS = {
    "binary": ("binary_crossentropy", "sigmoid",
               N_("a binary classifier ends in Dense(1): sigmoid with binary_crossentropy, "
                  "or linear with BinaryCrossentropy(from_logits=True)")),
    "sparse": ("sparse_categorical_crossentropy", "softmax",
               N_("integer labels (like 3) need sparse_categorical_crossentropy; "
                  "one-hot labels (like [0, 0, 0, 1]) need categorical_crossentropy")),
    "categorical": ("categorical_crossentropy", "softmax",
                    N_("one-hot labels (like [0, 0, 0, 1]) need categorical_crossentropy; "
                       "integer labels (like 3) need sparse_categorical_crossentropy")),
    "regression": ("mean_squared_error", "linear",
                   N_("a regression output is one number with no activation, "
                      "and the loss measures distance (mse)")),
}
LOSS_ALIASES = {"mse": "mean_squared_error", "mae": "mean_absolute_error"}


def loss_of(model: keras.Model) -> tuple[str, bool]:
    """(loss name, from_logits) however the loss was written; ("none", False) if not compiled."""
    loss = getattr(model, "loss", None)
    if loss is None:
        return "none", False
    if isinstance(loss, str):
        loss = keras.losses.get(LOSS_ALIASES.get(loss, loss))
    if isinstance(loss, keras.losses.Loss):
        config = loss.get_config()
        name = _snake(type(loss).__name__) if type(loss).__name__ != "LossFunctionWrapper" else config["name"]
        return LOSS_ALIASES.get(name, name), bool(config.get("from_logits", False))
    name = getattr(loss, "__name__", str(loss))
    return LOSS_ALIASES.get(name, name), False


def expect_compiled(model: keras.Model) -> None:
    if getattr(model, "optimizer", None) is None or getattr(model, "loss", None) is None:
        raise Mistake(_("compile"), _("a model that was never compiled"),
                      "model.compile(optimizer=..., loss=..., metrics=...)",
                      _("fit() needs to know what to minimise and how: compile before returning the model"))


def expect_head(model: keras.Model, kind: str, units: int = 1) -> None:
    """The output layer and the loss agree with each other and with the task."""
    expect_compiled(model)
    loss_name, logits = loss_of(model)
    want_loss, want_activation, why = HEADS[kind]
    why = _(why)
    last = written_layers(model)[-1]
    activation = activation_of(last)
    found_units = getattr(last, "units", None)
    if found_units != units:
        wanted = (_("{units} units") if units > 1 else _("{units} unit")).format(units=units)
        raise Mistake(_("output layer"), describe(last), wanted, why)
    try:
        shape = tuple(model.outputs[0].shape)
    except (AttributeError, IndexError, TypeError, ValueError):  # a model not built yet has no outputs
        shape = None
    if shape is not None and shape[1:] != (units,):
        raise Mistake(_("output shape"), shape, (None, units),
                      _("a Dense layer works on the last axis only: flatten or pool the features to one row per "
                        "example before it (no keepdims=True)"))
    if loss_name != want_loss:
        raise Mistake(_("loss"), loss_name, want_loss, why)
    loss = keras.losses.get(model.loss)
    settings = getattr(loss, "get_config", dict)()
    smoothing = settings.get("label_smoothing") or 0
    if smoothing:
        raise Mistake(_("loss"), f"label_smoothing={smoothing:g}", _("no label smoothing"),
                      _("label smoothing trains towards softened targets: another loss than the one asked for"))
    reduction = settings.get("reduction", "sum_over_batch_size")
    if reduction != "sum_over_batch_size":
        raise Mistake(_("loss"), f"reduction={reduction!r}", _("the mean over the batch (the default)"),
                      _("a summed loss grows with the batch size, and so do its steps and the loss reported: keep "
                        "the loss's default reduction"))
    try:
        defaults = type(loss)().get_config() if isinstance(loss, keras.losses.Loss) else {}
    except TypeError:  # a loss class that needs arguments (a function wrapped): nothing to compare with
        defaults = {}
    changed = next(((key, value) for key, value in settings.items() if key in defaults
                    and key not in ("name", "from_logits", "dtype") and value != defaults[key]), None)
    if changed:
        key, value = changed
        raise Mistake(_("loss"), f"{key}={value!r}",
                      _("{key}={value!r}, its default").format(key=key, value=defaults[key]),
                      _("{key} changes what the loss measures: the task asks for the loss as it comes").format(key=key))
    if kind != "regression" and activation == want_activation and logits:
        raise Mistake(_("loss"), _("{activation} output with from_logits=True").format(activation=activation),
                      _("from_logits=False with {activation}").format(activation=activation),
                      _("{activation} already gives probabilities; from_logits=True applies it a second time").format(
                          activation=activation))
    if kind != "regression" and activation == "linear" and not logits:
        raise Mistake(_("output layer"), _("a linear output with from_logits=False"),
                      _("{activation}, or from_logits=True").format(activation=want_activation),
                      _("a linear layer outputs logits: add the activation or tell the loss from_logits=True"))
    if activation not in (want_activation, "linear") or (kind == "regression" and activation != "linear"):
        raise Mistake(_("output activation"), activation, want_activation, why)


def expect_optimizer(model: keras.Model, name: str, learning_rate: float | None = None) -> None:
    expect_compiled(model)
    found = type(model.optimizer).__name__
    if found.lower() != name.lower():
        raise Mistake(_("optimizer"), found, name,
                      _("compile with optimizer='{string}' or an instance, keras.optimizers.{name}()").format(
                          string=name.lower(), name=name))
    if learning_rate is not None:
        schedule = model.optimizer.get_config().get("learning_rate")
        if isinstance(schedule, dict):  # a LearningRateSchedule, serialized
            raise Mistake(_("learning rate"), _("a schedule, {schedule}").format(schedule=schedule.get("class_name")),
                          _("{rate:g}, constant").format(rate=learning_rate),
                          _("give the optimizer the rate itself: a schedule changes it as training goes"))
        rate = float(np.asarray(model.optimizer.learning_rate))
        if not np.isclose(rate, learning_rate, rtol=1e-3):
            raise Mistake(_("learning rate"), f"{rate:g}", f"{learning_rate:g}",
                          _("set it on the optimizer: keras.optimizers.{name}(learning_rate={rate})").format(
                              name=name, rate=f"{learning_rate:g}"))


METRIC_ALIASES = {"acc": "accuracy", "mae": "mean_absolute_error", "mse": "mean_squared_error"}
ACCURACIES = {"binary_accuracy", "categorical_accuracy", "sparse_categorical_accuracy"}
EXACT = "keras.metrics.Accuracy()"


def metrics_of(model: keras.Model) -> set[str]:
    """Canonical names of the compiled metrics: 'mae', MeanAbsoluteError() -> mean_absolute_error."""
    names = set()
    for entry in model.get_compile_config().get("metrics") or []:
        metric = entry
        if isinstance(metric, str):
            metric = METRIC_ALIASES.get(metric, metric)
        metric = keras.metrics.get(metric)
        if isinstance(metric, keras.metrics.Accuracy) and not isinstance(entry, str):  # the string is another
            names.add(EXACT)  # exact equality of output and label
            continue
        name = getattr(metric, "__name__", None) or _snake(type(metric).__name__)
        names.add("accuracy" if name in ACCURACIES else name)
    return names


def expect_metrics(model: keras.Model, required: list[str]) -> None:
    expect_compiled(model)
    found = metrics_of(model)
    missing = [m for m in required if m not in found]
    if "accuracy" in missing and EXACT in found:
        raise Mistake(_("metrics"), EXACT, '"accuracy"',
                      _("keras.metrics.Accuracy() counts outputs exactly equal to their labels: a probability of 0.93 "
                        "never equals 1. The string \"accuracy\" picks the accuracy that fits the loss"))
    if missing:
        raise Mistake(_("metrics"), sorted(found) or _("none"), ", ".join(required),
                      _("pass metrics={metrics} to compile() to see them in fit's history").format(
                          metrics=[_short(m) for m in required]))
    _expect_metrics_read_the_head(model)


def expect_logged(model: keras.Model, names: list[str], why: str = "") -> None:
    """fit()'s history will hold each of ``names``, as the compiled metrics name them: a string as written ("acc"
    is logged as "acc"), an object by its name."""
    logged = [entry if isinstance(entry, str) else keras.metrics.get(entry).name
              for entry in model.get_compile_config().get("metrics") or []]
    missing = [name for name in names if name not in logged]
    if missing:
        raise Mistake(_("metric names in the history"), ", ".join(logged) or _("none"), ", ".join(names),
                      why or _('the notes read history[{name}]: pass the metric as "{name}", or name it so').format(
                          name=repr(missing[0])))


LOGIT_ACCURACY = 'keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")'


def _expect_metrics_read_the_head(model: keras.Model) -> None:
    """Each metric reads the output as it is: a logit thresholded at 0, a probability at 0.5, several classes by
    their largest score, and a cross-entropy told from_logits as the loss is."""
    last = written_layers(model)[-1]
    units, activation = getattr(last, "units", None), activation_of(last)
    if units is None:  # the output is not a Dense layer's: read it from the model, where it is built
        try:
            units = model.outputs[0].shape[-1]
        except (AttributeError, IndexError, TypeError, ValueError):
            return
    logits = activation == "linear" and loss_of(model)[1]
    for entry in model.get_compile_config().get("metrics") or []:
        if isinstance(entry, str) and METRIC_ALIASES.get(entry, entry) in ("accuracy", "binary_accuracy"):
            if units == 1 and logits:
                raise Mistake(_("accuracy on one logit"), _('"{name}", which Keras 3 thresholds at 0.5').format(
                    name=entry), LOGIT_ACCURACY, _(LOGIT_THRESHOLD))
            continue
        metric = keras.metrics.get(entry)
        settings = metric.get_config() if hasattr(metric, "get_config") else {}
        name = getattr(metric, "__name__", None) or _snake(type(metric).__name__)
        if units == 1 and name in ("sparse_categorical_accuracy", "categorical_accuracy"):
            raise Mistake(_("accuracy on one output unit"), name, '"accuracy"',
                          _("{name} takes the largest of several class scores: of one column it is always class 0. "
                            "\"accuracy\" picks the binary accuracy for one unit").format(name=name))
        if isinstance(metric, keras.metrics.BinaryAccuracy):
            threshold, wanted = settings.get("threshold", 0.5), (0.0 if logits else 0.5)
            if units != 1:
                raise Mistake(_("accuracy on {units} classes").format(units=units), "BinaryAccuracy()", '"accuracy"',
                              _("BinaryAccuracy thresholds each class's score on its own: \"accuracy\" takes the "
                                "class of the largest"))
            if activation in ("linear", "sigmoid") and not np.isclose(threshold, wanted):
                raise Mistake(_("accuracy threshold"), f"{threshold:g}", f"{wanted:g}",
                              _(LOGIT_THRESHOLD) if logits else
                              _("a sigmoid gives a probability, read as 1 above 0.5: BinaryAccuracy() as it comes"))
        elif "from_logits" in settings and activation in ("linear", "sigmoid", "softmax") \
                and bool(settings["from_logits"]) != bool(logits):
            raise Mistake(_("metric {name}").format(name=settings.get("name", type(metric).__name__)),
                          f"from_logits={settings['from_logits']}", f"from_logits={bool(logits)}",
                          _("a metric reads the outputs as the loss does: from_logits=True only for an output with "
                            "no activation"))


LOGIT_THRESHOLD = N_("a logit is above 0 where its probability is above 0.5: threshold the accuracy at 0 "
                     "(Keras 3 reads the string \"accuracy\" on one unit as probabilities, thresholded at 0.5)")


# ---------------------------------------------------------------- behaviour


def expect_input(model: keras.Model, sample_shape: tuple) -> None:
    """The model declares its input shape (keras.Input first): it is built before any data reaches it. A
    shape with a last axis of 1 more takes the same data (Keras adds that axis to an input without it)."""
    if not model.built or not getattr(model, "inputs", None):
        raise Mistake(_("input shape"), _("none declared (the model is built only when data first reaches it)"),
                      f"(None, {', '.join(map(str, sample_shape))})",
                      _("start the layer list with keras.Input(shape={shape}): "
                        "then summary() and the parameter counts work at once").format(shape=tuple(sample_shape)))
    found = tuple(model.inputs[0].shape)
    if found[1:] not in (tuple(sample_shape), (*sample_shape, 1)):  # Keras adds a last axis of 1 to the data itself
        raise Mistake(_("input shape"), (None, *found[1:]), (None, *sample_shape),
                      _("keras.Input(shape=...) takes one sample's shape, without the batch"))
    if found[0] is not None:
        raise Mistake(_("input shape"), found, (None, *sample_shape),
                      _("leave the batch size free: batch_size={batch} (Keras 2's batch_input_shape) lets only "
                        "batches of {batch} in").format(batch=found[0]))
    expect_input_dtype(model)


def expect_input_dtype(model: keras.Model) -> None:
    """The model takes its inputs as floats, in full (float32 or float64) precision."""
    dtype = keras.backend.standardize_dtype(model.inputs[0].dtype)
    if "float" not in dtype:
        raise Mistake(_("input dtype"), dtype, "float32",
                      _("the model takes floats (scaled pixels, features): an input of dtype {dtype} casts 0.5 to "
                        "0; leave dtype out of keras.Input").format(dtype=dtype))
    if dtype in ("float16", "bfloat16"):
        raise Mistake(_("input dtype"), dtype, "float32",
                      _("{dtype} keeps about three digits of each input, before any layer sees it: leave dtype out "
                        "of keras.Input").format(dtype=dtype))


def expect_output_shape(model: keras.Model, sample_shape: tuple, units: int, dtype: str = "float32") -> None:
    """For any batch size N, a batch of shape (N, *sample_shape) gives (N, units)."""

    @given(st.integers(min_value=1, max_value=64))
    def any_batch(batch):
        out = np.asarray(model(np.zeros((batch, *sample_shape), dtype=dtype)))
        if out.shape != (batch, units):
            raise Mistake(_("output shape"), out.shape, (batch, units),
                          _("a batch of {batch} inputs of shape {shape} gives one row of {units} per input").format(
                              batch=batch, shape=sample_shape, units=units))

    any_batch()


def loss_on(model: keras.Model, x, y) -> float:
    """The loss ``model.evaluate(x, y)`` reports (the compiled loss, with the model's own penalties, in inference
    mode), worked out in one eager call: evaluate traces a test function first, which a model rebuilt from the
    learner's process (judged apart) has not (0.2 to 0.4 s a model)."""
    return float(model.compute_loss(x=x, y=y, y_pred=model(x, training=False)))


def chance_loss(kind: str, y) -> float:
    """The loss of the best constant guess, where a model that learned nothing stays: the targets'
    variance for a regression (mse), the labels' entropy for a classifier (``kind`` as in HEADS)."""
    y = np.asarray(y, dtype="float64")
    if kind == "regression":
        return float(np.var(y))
    if kind == "binary":
        shares = np.array([y.mean(), 1.0 - y.mean()])
    elif kind == "sparse":
        shares = np.bincount(y.astype(int).ravel()) / y.size
    else:  # categorical: one-hot rows
        shares = y.mean(axis=0)
    shares = shares[shares > 0]
    return float(-(shares * np.log(shares)).sum())


def expect_learns(model: keras.Model, x, y, kind: str, steps: int, ratio: float = 0.5) -> int:
    """Full-batch training steps bring the loss below ``ratio`` of the best constant guess's
    (chance_loss) within ``steps``; returns the steps it took (tests/corners/margins.py reads them).

    Each step trains the learner's model with its own loss and optimizer (a wrong activation, loss
    or learning rate shows) in a tf.function of the kit's, not train_on_batch: what that reports
    differs between releases (before Keras 3.15, the mean loss of every step so far, which lags
    far behind the weights), and our trace costs half of Keras's. Judged against the constant
    guess, not the first loss, so the random initial weights do not move the bar; it stops once
    learned, so a working model pays only the steps it needs. Budgets, margins: tests/corners/README.md.
    """
    import tensorflow as tf

    expect_compiled(model)
    bar = ratio * chance_loss(kind, y)
    x, y = tf.constant(x), tf.constant(y)
    model(x)  # builds the model, so that the optimizer knows its variables
    variables = model.trainable_variables
    if not variables:
        raise Mistake(_("training"), _("a model with no trainable weights"), _("weights that training can change"),
                      _("layers with trainable=False never learn: freeze only a pretrained base"))
    if not model.optimizer.built:
        model.optimizer.build(variables)

    @tf.function(autograph=False)
    def step():
        with tf.GradientTape() as tape:
            loss = model.compute_loss(x=x, y=y, y_pred=model(x, training=True))
        model.optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
        return loss

    losses = []
    while len(losses) < steps:
        losses.append(float(step()))
        if losses[-1] < bar:
            return len(losses)
        if not np.isfinite(losses[-1]):
            break
    raise Mistake(_("training"), _("loss {first} -> {last} after {steps} steps").format(
                      first=f"{losses[0]:.3f}", last=f"{losses[-1]:.3f}", steps=len(losses)),
                  _("below {bar} ({ratio} x a constant answer's loss) on data a working model learns at once").format(
                      bar=f"{bar:.3f}", ratio=f"{ratio:g}"),
                  _("check the output activation, the loss and the learning rate together"))


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _short(name: str) -> str:
    return {v: k for k, v in METRIC_ALIASES.items()}.get(name, name)


# ---------------------------------------------------------------- pretrained bases


def nested_model(model: keras.Model, name_prefix: str) -> keras.Model | None:
    """The pretrained base inside ``model`` (a layer named e.g. mobilenetv2_1.00_160)."""
    for layer in model.layers:
        if isinstance(layer, keras.Model) and layer.name.startswith(name_prefix):
            return layer
    return None


def expect_base(model: keras.Model, name_prefix: str, network: str) -> keras.Model:
    base = nested_model(model, name_prefix)
    if base is None:
        found = ", ".join(type(layer).__name__ for layer in layers_of(model))
        raise Mistake(_("base"), found, _("a {network} layer inside the model").format(network=network),
                      _("call the pretrained base on the inputs: x = base(x, training=False)"))
    return base


def graph_nodes(model: keras.Model) -> list:
    """The nodes of ``model``'s graph (a Sequential's through the functional model it builds); none if it has none."""
    graph = getattr(model, "_functional", None) or model
    return [node for depth in getattr(graph, "_nodes_by_depth", {}).values() for node in depth]


def _calls(model: keras.Model, layer: keras.layers.Layer) -> list:
    """The graph nodes where ``model`` calls ``layer``."""
    return [node for node in graph_nodes(model) if node.operation is layer]


def call_arguments(model: keras.Model, layer: keras.layers.Layer) -> list[dict]:
    """The keyword arguments of each call of ``layer`` in ``model``'s graph."""
    return [node.arguments.kwargs for node in _calls(model, layer)]


def input_of(model: keras.Model, layer: keras.layers.Layer) -> keras.Model:
    """A model from ``model``'s inputs to what ``layer`` receives: what the layer sees."""
    return keras.Model(model.inputs, _calls(model, layer)[0].input_tensors[0])


INFERENCE_CALL_TIP = N_(
    "the notes call the base as base(x, training=False); your base(x) trains and predicts the same in Keras 3\n"
    "Keras 3's fit() passes training=True to every layer either way, and frozen BatchNormalization layers stay in "
    "inference mode because they are frozen (Keras 2 needed training=False for that)")


def expect_inference_call(model: keras.Model, base: keras.Model) -> None:
    """A base called without training=False behaves the same in Keras 3 (tests/kit/test_keras_facts.py):
    the notes' own code does it (note 001), so it passes, with a tip."""
    if not any(kwargs.get("training") is False for kwargs in call_arguments(model, base)):
        tip(_(INFERENCE_CALL_TIP))


def trainable_counts(model: keras.Model) -> tuple[int, int]:
    """(trainable variables, trainable parameters), as model.summary() counts them."""
    variables = model.trainable_variables
    return len(variables), int(sum(np.prod(v.shape) for v in variables))


def expect_trainable_variables(model: keras.Model, allowed: set[int] | int, why: str) -> None:
    allowed = {allowed} if isinstance(allowed, int) else allowed
    found = len(model.trainable_variables)
    if found not in allowed:
        raise Mistake("len(model.trainable_variables)", found, _(" or ").join(map(str, sorted(allowed))), why)


def expect_params(model: keras.Model, total: int, trainable: int, why: str) -> None:
    found = (model.count_params(), trainable_counts(model)[1])
    if found != (total, trainable):
        raise Mistake(_("parameters (total, trainable)"), f"{found[0]:,}, {found[1]:,}", f"{total:,}, {trainable:,}",
                      why)


# ---------------------------------------------------------------- preprocessing layers


def expect_augments(augment, size: int = 32) -> None:
    """Changes images while training; leaves them untouched at inference."""
    image = np.zeros((2, size, size, 3), "float32")
    image[:, : size // 2, : size // 4] = 255.0  # a corner block: flips and rotations move it
    keras.utils.set_random_seed(1)
    trained = [np.asarray(augment(image, training=True)) for _ in range(3)]
    if all(t.shape == image.shape and np.allclose(t, image) for t in trained):
        raise Mistake(_("augmentation in training"), _("images unchanged"), _("random flips / rotations"),
                      _("augmentation layers act only when called with training=True: put them in the model"))
    inferred = np.asarray(augment(image, training=False))
    if inferred.shape != image.shape or not np.allclose(inferred, image):
        raise Mistake(_("augmentation at inference"), _("images changed"), _("images untouched"),
                      _("random layers must pass images through at inference (training=False)"))


def expect_scaling(scale, pixels=(0.0, 127.5, 255.0), wanted=(-1.0, 0.0, 1.0), why: str = "",
                   shape=(4, 4, 3)) -> None:
    """``scale`` maps each pixel value to the wanted one (judged by behaviour)."""
    batch = np.stack([np.full(shape, p, "float32") for p in pixels])
    scaled = np.asarray(scale(batch))
    if scaled.dtype.itemsize < batch.dtype.itemsize:
        raise Mistake(_("dtype of a scaled batch"), scaled.dtype.name, batch.dtype.name,
                      _("half precision rounds the pixels (165 / 255 gives 0.647, not 0.6470588): keep float32"))
    if scaled.shape != batch.shape:
        raise Mistake(_("shape of a scaled batch"), scaled.shape, batch.shape,
                      _("a scaling maps each pixel value to another, and nothing else: the images keep their size "
                        "(no resizing, no axis added or dropped)"))
    got = scaled.reshape(len(pixels), -1)[:, 0]
    if not np.allclose(got, wanted, atol=1e-4):
        raise Mistake(_("scaling"), ", ".join(f"{p:g} -> {g:.3g}" for p, g in zip(pixels, got)),
                      ", ".join(f"{p:g} -> {w:g}" for p, w in zip(pixels, wanted)), why)


def expect_in_a_model(function, shape=(4, 4, 3), why: str = "") -> None:
    """``function`` can sit inside a model: called on a keras.Input of ``shape`` (a batch of them), it gives a symbolic
    output of that shape, as Keras' own layers and ops do."""
    import keras

    try:
        found = function(keras.KerasTensor((None, *shape)))
        if isinstance(found, keras.KerasTensor) and tuple(found.shape) == (None, *shape):
            return
        found = f"{type(found).__name__} {tuple(getattr(found, 'shape', ()))}"
    except Exception as error:  # noqa: BLE001 - the learner's code, given a symbolic input
        found = first_line(error)
    raise Mistake(_("called on keras.Input(shape={shape})").format(shape=shape), found,
                  _("a symbolic output of shape {shape}").format(shape=(None, *shape)), why)


# ---------------------------------------------------------------- datasets


PASS_LIMIT = 100_000  # elements counted per pass of a dataset Python feeds


def expect_dataset(obj: object, what: str | None = None):
    """A tf.data.Dataset that gives as many elements on a second pass as on its first (where Python feeds it:
    judged apart, it crosses as its elements, so the learner's process counts the same), or a Mistake that says
    how to make one."""
    import tensorflow as tf

    from .remote import pass_over, runs_python

    dataset = expect_instance(obj, tf.data.Dataset, _("build it with tf.data (from_tensor_slices, a loader from "
                                                      "keras.utils, ...) and return the dataset"), what)
    if int(dataset.cardinality()) != int(tf.data.INFINITE_CARDINALITY) and runs_python(dataset):
        first, second = (len(pass_over(dataset, PASS_LIMIT)) for _pass in range(2))
        if first != second:
            raise Mistake(what or _("dataset"), _("{first} elements, then {second} on a second pass").format(
                              first=first, second=second), _("the same {first} on every pass").format(first=first),
                          _("fit() reads a dataset once per epoch: give from_generator a function that makes a new "
                            "generator at each call, not one generator or iterator made once"))
    return dataset


def elements_of(dataset) -> list:
    """Every element of one pass over a dataset, as NumPy values (an endless one is a Mistake, not a hang)."""
    import tensorflow as tf

    if int(dataset.cardinality()) == int(tf.data.INFINITE_CARDINALITY):
        raise Mistake(_("dataset"), _("an endless dataset (.repeat())"), _("one pass over the data"),
                      _("leave out .repeat(): model.fit(..., epochs=...) starts each epoch's pass itself"))
    return list(dataset.as_numpy_iterator())


def stopper_in(arguments: dict) -> str | None:
    """The class name of a callback among fit()'s ``arguments`` that can end training early, or None."""
    return next((type(callback).__name__ for callback in arguments.get("callbacks") or ()
                 if isinstance(callback, keras.callbacks.EarlyStopping)), None)


def examples_in(data) -> int:
    """How many examples fit() was given: an array's rows, or a dataset's, its batches counted out (of a pair,
    its first part)."""
    import tensorflow as tf

    if isinstance(data, tf.data.Dataset):
        return sum(len(element[0] if isinstance(element, tuple) else element) for element in elements_of(data))
    return len(data)


def expect_pairs(elements: list, what: str | None = None) -> None:
    """Every element is an (inputs, target) pair, the form model.fit takes (``what``: "each element" if None)."""
    if not all(isinstance(e, tuple) and len(e) == 2 for e in elements[:1]):
        raise Mistake(what or _("each element"), type(elements[0]).__name__ if elements else _("nothing"),
                      _("an (inputs, label) pair"),
                      _("model.fit reads (inputs, target) pairs: return a tuple from map()"))


def expect_batch_sizes(sizes: list[int], total: int, batch_size: int) -> None:
    """Full batches of ``batch_size`` and one smaller last batch holding the rest."""
    want = [batch_size] * (total // batch_size) + ([total % batch_size] if total % batch_size else [])
    if sorted(sizes) == sorted(want) and sizes != want:
        raise Mistake(_("batch sizes"), sizes, _("{sizes}: the smaller batch last").format(sizes=want),
                      _("shuffle before batch: a shuffle after batch moves whole batches, the smaller last one too"))
    if sizes != want:
        raise Mistake(_("batch sizes"), sizes, want,
                      _("{total} examples in batches of {size}: .batch(batch_size)").format(
                          total=total, size=batch_size))


def _graph(dataset):
    """A pipeline's graph (the same for a pipeline rebuilt from its graph, as when judged apart)."""
    import tensorflow as tf
    from tensorflow.core.framework import graph_pb2

    graph = graph_pb2.GraphDef()
    graph.ParseFromString(dataset._as_serialized_graph(
        external_state_policy=tf.data.experimental.ExternalStatePolicy.IGNORE).numpy())
    return graph


def expect_in_order(dataset, what: str) -> None:
    """No step of the pipeline may give its elements out of order (``deterministic=False``)."""
    import re

    loose = next((re.sub(r"V\d+$", "", node.op) for node in _graph(dataset).node
                  if node.attr["deterministic"].s == b"false"), None)
    if loose:
        raise Mistake(_("{what}: order").format(what=what), f"{loose}(deterministic=False)", _("the order read"),
                      _("deterministic=False lets a parallel step give out whatever is ready first: the batches "
                        "come in another order at each pass; leave it out"))


SETTINGS_NODES = ("OptionsDataset", "ModelDataset", "MaxIntraOpParallelismDataset", "PrivateThreadPoolDataset")


def expect_prefetched(dataset, tuned: bool = True) -> None:
    """The dataset ends in .prefetch(tf.data.AUTOTUNE) (``tuned``; else a prefetch of any buffer), read from its
    pipeline's graph (the same for a pipeline rebuilt from its graph, as when judged apart)."""
    import re

    import tensorflow as tf

    graph = _graph(dataset)
    nodes = {node.name: node for node in graph.node}
    last = nodes[next(node for node in graph.node if node.op == "_Retval").input[0]]
    while last.op in SETTINGS_NODES:  # settings of the whole pipeline, no step of its own
        last = nodes[last.input[0]]
    if last.op != "PrefetchDataset":
        raise Mistake(_("last step"), re.sub(r"V\d+$", "", last.op), _("a prefetch"),
                      _("end with .prefetch(tf.data.AUTOTUNE): the next batch is read while the model trains"))
    size = int(tf.make_ndarray(nodes[last.input[1]].attr["value"].tensor))
    if size != -1 and (tuned or size < 1):
        raise Mistake(_("prefetch buffer"), size, "tf.data.AUTOTUNE",
                      _("let tf.data tune the buffer: .prefetch(tf.data.AUTOTUNE)"))


# ---------------------------------------------------------------- figures


def expect_figure(obj: object):
    """A matplotlib Figure (pyplot's or the object API's), as the grader reads plots."""
    from matplotlib.figure import Figure

    return expect_instance(obj, Figure, _("return the figure (fig, ax = plt.subplots(); ...; return fig): "
                                          "plt.show() draws it but returns nothing"))


def label_of(line) -> str:
    """A line's label; for a line without one, the legend's text that names it (ax.legend(["Train", "Val"])
    names the axes' lines in order)."""
    label = line.get_label()
    legend = line.axes.get_legend() if label.startswith("_") and line.axes is not None else None
    if legend is None:
        return label
    index, texts = list(line.axes.get_lines()).index(line), legend.get_texts()
    return texts[index].get_text() if index < len(texts) else label


def expect_curve(figure, values, name: str, validation: bool):
    """The line drawing ``values``, labelled with ``name`` and as validation or training.

    Returns it; the x values may count epochs from 0 or from 1.
    """
    if validation:
        curve_what, label_what = _("{name} validation curve"), _("{name} validation label")
        x_what = _("{name} validation x values")
        how = _("plot the validation values of {name} against the epochs")
    else:
        curve_what, label_what = _("{name} training curve"), _("{name} training label")
        x_what = _("{name} training x values")
        how = _("plot the training values of {name} against the epochs")
    lines = [line for ax in figure.axes for line in ax.get_lines()]
    drawn = [line for line in lines
             if len(line.get_ydata()) == len(values) and np.allclose(line.get_ydata(), values)]
    if not drawn:
        raise Mistake(curve_what.format(name=name), _("no line with its values"),
                      _("a line of the {count} values").format(count=len(values)), how.format(name=name))
    def labelled(line) -> bool:
        label = label_of(line).lower()
        return not label.startswith("_") and name.lower() in label and ("val" in label) == validation

    line = next((line for line in drawn if labelled(line)), drawn[0])
    label = label_of(line)
    if not labelled(line):
        raise Mistake(label_what.format(name=name), repr(label) if not label.startswith("_") else _("no label"),
                      _("a label naming {name} and {word}").format(name=name, word="Val" if validation else "Train"),
                      _("pass label=... to each plot call; the legend must tell training from validation"))
    xdata = np.asarray(line.get_xdata(), dtype="float64")
    if not (np.array_equal(xdata, np.arange(len(values))) or np.array_equal(xdata, np.arange(1, len(values) + 1))):
        raise Mistake(x_what.format(name=name), xdata[:4], _("the epochs, 0.. or 1.."),
                      _("plot the values against the epochs: history.epoch, or range(1, len(values) + 1)"))
    return line


def expect_legend(axes, own: bool = False) -> None:
    """A legend on the axes (or the figure; with ``own``, the axes' own) that names lines: one called before the
    lines are drawn is empty."""
    if own and axes.get_legend() is None and axes.figure.legends:
        raise Mistake(_("legend"), _("one for the whole figure"), _("a legend on each subplot"),
                      _("call legend() on each subplot's axes (top.legend(), bottom.legend()), after its lines"))
    legends = [legend for legend in (axes.get_legend(), *axes.figure.legends) if legend is not None]
    if not any(legend.get_texts() for legend in legends):
        raise Mistake(_("legend"), _("an empty one") if legends else _("none"), _("a legend naming the lines"),
                      _("call ax.legend() (or plt.legend()) after plotting the labelled lines"))


# ---------------------------------------------------------------- shuffling


def expect_shuffled(batches: list, buffer: int | None = None) -> None:
    """Batches of source positions (0, 1, 2, ... in the order the source yields them) were
    shuffled before batching; with ``buffer``, by a shuffle buffer of exactly that size:
    the example at position k is one of the first k + buffer (a bigger buffer reaches further)."""
    order = np.concatenate(batches)
    if np.array_equal(order, np.sort(order)):
        raise Mistake(_("order"), _("the source order"), _("shuffled"),
                      _("shuffle before batch: .shuffle(buffer_size).batch(batch_size) mixes the examples"))
    if all(np.array_equal(np.diff(b), np.ones(len(b) - 1)) for b in batches):
        raise Mistake(_("batches"),
                      _("runs of neighbours (e.g. {batch})").format(batch=", ".join(map(str, batches[0]))),
                      _("examples mixed across the data"),
                      _("shuffle before batch: a shuffle after batch only moves whole batches"))
    if buffer is not None:
        late = order - np.arange(len(order))
        k = int(np.argmax(late))
        if late[k] >= buffer:
            raise Mistake(_("shuffle buffer"), _("example {example} at position {position}").format(
                              example=order[k], position=k),
                          _("one of the first {count} there (a buffer of {buffer})").format(
                              count=k + buffer, buffer=buffer),
                          _(".shuffle(n) draws each example from the next n waiting: "
                            "pass the buffer you were given ({buffer})").format(buffer=buffer))


# ---------------------------------------------------------------- what the learner's code does to a model


@contextlib.contextmanager
def watching(learner, *weighed, then=None, eager: bool = False, steps: bool = False):
    """A list of each fit() and compile() (``spy.Call``) the learner's code makes in the block, wherever it
    runs, with a digest of each of ``weighed``'s weights at each call. Judged apart, a call's model is the
    grader's own object when the code was given it, else rebuilt from what the code built. ``then`` and
    ``eager``, ``steps``: as ``spy.recording`` (``then`` a module-level function, to run where the code runs)."""
    calls: list[Call] = []
    remote = getattr(learner, "remote", None)
    if remote is None:
        with recording(calls, weighed, then, eager, steps):
            yield calls
        return
    remote.watching = calls, weighed, then, eager, steps
    try:
        yield calls
    finally:
        remote.watching = None


# ---------------------------------------------------------------- the clock


def clock_at(learner, moment):
    """While the block runs, the clock (datetime, time) wherever the learner's code runs starts at ``moment``
    (an aware datetime) and ticks on: a time stamp the learner's code makes can be read against it."""
    return where_learner_runs(learner, time_machine.travel, moment)


@contextlib.contextmanager
def where_learner_runs(learner, context, *arguments):
    """While the block runs, ``context(*arguments)`` is entered wherever the learner's code runs: in this
    process, or judged apart around each call in the learner's (``context`` is then found there by its module
    and name, as pickle finds a function)."""
    remote = getattr(learner, "remote", None)
    if remote is None:
        with context(*arguments):
            yield
        return
    kept = remote.around
    remote.around = [*kept, (context, arguments)]
    try:
        yield
    finally:
        remote.around = kept


@contextlib.contextmanager
def working_folder(path: str):
    """While the block runs, the working folder is ``path`` (made, then removed): a relative path the learner's code
    gives can be read against it (enter it with ``where_learner_runs``)."""
    kept = os.getcwd()
    os.makedirs(path, exist_ok=True)
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(kept)
        shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def dtype_policy(name: str):
    """While the block runs, Keras' global dtype policy is ``name``: a caller's own setting, which the learner's call
    must leave as it found it (enter it with ``where_learner_runs``)."""
    kept = keras.mixed_precision.global_policy()
    keras.mixed_precision.set_global_policy(name)
    try:
        yield
    finally:
        keras.mixed_precision.set_global_policy(kept)


# ---------------------------------------------------------------- file system


def list_in_reverse(monkeypatch, by_name: bool = False, learner=None) -> None:
    """From now on in this test, os.listdir and os.scandir (so pathlib, glob and os.walk too) list folders
    backwards: the file system's own order reversed (it differs from one machine to the next), or with
    ``by_name`` the names sorted backwards, an order that is never the sorted one. Judged apart, in the
    process of ``learner`` too, for each call."""
    listdir, scandir = _backwards(by_name)
    monkeypatch.setattr(os, "listdir", listdir)
    monkeypatch.setattr(os, "scandir", scandir)
    remote = getattr(learner, "remote", None)
    if remote is not None:
        monkeypatch.setattr(remote, "around", [*remote.around, (listing_reversed, (by_name,))])


@contextlib.contextmanager
def listing_reversed(by_name: bool = False):
    """``list_in_reverse`` while the block runs."""
    kept = os.listdir, os.scandir
    os.listdir, os.scandir = _backwards(by_name)
    try:
        yield
    finally:
        os.listdir, os.scandir = kept


def _backwards(by_name: bool):
    """os.listdir and os.scandir as ``list_in_reverse`` has them."""
    listdir, scandir = os.listdir, os.scandir

    def backwards(items, name=lambda item: item):
        return sorted(items, key=name, reverse=True) if by_name else list(items)[::-1]

    class Backwards:
        def __init__(self, path="."):
            with scandir(path) as entries:
                self.entries = iter(backwards(entries, name=lambda entry: entry.name))

        def __iter__(self):
            return self

        def __next__(self):
            return next(self.entries)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def close(self):
            pass

    return (lambda path=".": backwards(listdir(path))), Backwards


_FRESH = """
import importlib.abc, importlib.machinery, importlib.util, json, sys, types

class Anything:  # TensorFlow and Keras stand in: a Python start-up, not seconds of import
    used = False
    def __getattr__(self, name):
        return Anything()
    def __call__(self, *args, **kwargs):
        Anything.used = True
        return Anything()

class Stand(types.ModuleType):
    __path__ = []
    def __getattr__(self, name):
        return Anything()

class Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("tensorflow", "keras", "tf_keras"):
            return importlib.machinery.ModuleSpec(name, self, is_package=True)
    def create_module(self, spec):
        return Stand(spec.name)
    def exec_module(self, module):
        pass

sys.meta_path.insert(0, Finder())
path, function, args, kwargs = json.loads(sys.argv[1])
spec = importlib.util.spec_from_file_location("learner_module", path)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
Anything.used = False
getattr(module, function)(*args, **kwargs)
sys.exit(3 if Anything.used else 0)
"""


def call_in_fresh_interpreter(learner, *args, hash_seed: int = 1, **kwargs) -> bool:
    """Call the learner's function (its arguments JSON) in a new Python process with another
    PYTHONHASHSEED: what a seed promises must repeat across runs, not only within one process
    (GRADERS.md §7: set and dict orders of strings follow a hash salted per process).

    TensorFlow and Keras are stand-ins there, so the call costs a Python start-up; if the function
    itself used them, the run proves nothing and False is returned."""
    import inspect
    import json
    import subprocess
    import sys

    fn = inspect.unwrap(learner)
    request = json.dumps([*getattr(learner, "source", (inspect.getfile(fn), fn.__name__)), args, kwargs])
    done = subprocess.run([sys.executable, "-c", _FRESH, request], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONHASHSEED": str(hash_seed)}, stdin=subprocess.DEVNULL)
    if done.returncode == 3:
        return False
    if done.returncode:
        last = (done.stderr.strip().splitlines() or [_("no output")])[-1]
        raise Mistake(_("a second run, in a new Python process"), last[:200], _("the same result as in this one"),
                      _("the result must depend only on the arguments, not on the process"))
    return True
