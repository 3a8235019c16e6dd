"""Graders for the overfitting section (note 003, 過学習; note 000, Hyperparameters tuning)."""

import sys

import keras
import numpy as np
import pytest
from tfkata import checks, toydata
from tfkata.problems import Mistake

L = keras.layers
exercise = pytest.mark.exercise
FORMS = {"History": toydata.history_of, "dict": dict}
as_form = pytest.mark.parametrize("form", FORMS)

# Ten epochs of three runs: the bigger model overfits soonest, the smaller one not at all.
RUNS = {
    "baseline": {"binary_crossentropy": [0.60, 0.45, 0.35, 0.28, 0.22, 0.18, 0.15, 0.12, 0.10, 0.08],
                 "val_binary_crossentropy": [0.62, 0.50, 0.42, 0.38, 0.36, 0.37, 0.39, 0.42, 0.45, 0.49],
                 "accuracy": [0.70, 0.80, 0.86, 0.89, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98],
                 "val_accuracy": [0.69, 0.78, 0.83, 0.85, 0.86, 0.86, 0.85, 0.85, 0.84, 0.84]},
    "smaller": {"binary_crossentropy": [0.68, 0.62, 0.55, 0.49, 0.44, 0.40, 0.37, 0.34, 0.32, 0.30],
                "val_binary_crossentropy": [0.69, 0.63, 0.57, 0.51, 0.47, 0.43, 0.41, 0.39, 0.38, 0.37],
                "accuracy": [0.55, 0.66, 0.74, 0.79, 0.82, 0.84, 0.85, 0.86, 0.87, 0.88],
                "val_accuracy": [0.54, 0.65, 0.72, 0.77, 0.80, 0.82, 0.83, 0.84, 0.84, 0.85]},
    "bigger": {"binary_crossentropy": [0.40, 0.20, 0.08, 0.03, 0.01, 0.005, 0.003, 0.002, 0.0015, 0.001],
               "val_binary_crossentropy": [0.33, 0.31, 0.36, 0.44, 0.52, 0.58, 0.63, 0.67, 0.70, 0.73],
               "accuracy": [0.80, 0.92, 0.97, 0.99, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00],
               "val_accuracy": [0.86, 0.87, 0.86, 0.85, 0.85, 0.84, 0.84, 0.84, 0.83, 0.83]},
}


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


# ------------------------------------------------------------ reading training curves

@exercise("overfitting.plot_history")
@as_form
@pytest.mark.parametrize("key", ["binary_crossentropy", "accuracy"])
def test_plot_history(learner, form, key):
    histories = [(name, FORMS[form](curves)) for name, curves in RUNS.items()]
    figure = checks.expect_figure(learner(histories, key=key))
    for name, curves in RUNS.items():
        train = checks.expect_curve(figure, curves[key], name, validation=False)
        checks.expect_curve(figure, curves["val_" + key], name, validation=True)
    checks.expect_legend(train.axes)
    if "epoch" not in train.axes.get_xlabel().lower():
        raise Mistake("x axis label", repr(train.axes.get_xlabel()), "'Epochs'", "name the axes: ax.set_xlabel('Epochs')")


@exercise("overfitting.plot_accuracy_and_loss")
@as_form
def test_plot_accuracy_and_loss(learner, form):
    curves = {"loss": RUNS["baseline"]["binary_crossentropy"], "val_loss": RUNS["baseline"]["val_binary_crossentropy"],
              "accuracy": RUNS["baseline"]["accuracy"], "val_accuracy": RUNS["baseline"]["val_accuracy"]}
    figure = checks.expect_figure(learner(FORMS[form](curves)))
    accuracy, val_accuracy, loss, val_loss = (
        checks.expect_curve(figure, curves[key], key.removeprefix("val_"), validation=key.startswith("val_"))
        for key in ("accuracy", "val_accuracy", "loss", "val_loss"))
    if accuracy.axes is not val_accuracy.axes or loss.axes is not val_loss.axes:
        raise Mistake("axes", "training and validation of one metric on different axes", "each pair on one axes",
                      "compare training with validation on the same axes: that is where overfitting shows")
    if accuracy.axes is loss.axes:
        raise Mistake("axes", "accuracy and loss on one axes", "two subplots, accuracy above loss",
                      "accuracy (0..1) and loss (0..anything) have different scales: fig, (top, bottom) = plt.subplots(2, 1)")
    checks.expect_legend(accuracy.axes)
    checks.expect_legend(loss.axes)


# Loss curves of 10 epochs and what they show (best epoch counted from 1).
FALLING = [1.0, 0.8, 0.65, 0.55, 0.47, 0.41, 0.36, 0.32, 0.29, 0.27]
SHAPES = {
    "overfitting": dict(loss=FALLING, val_loss=[1.0, 0.85, 0.72, 0.66, 0.64, 0.66, 0.70, 0.75, 0.81, 0.88],
                        best=5, overfits=True,
                        why="val_loss rose for 5 epochs after its best while the training loss kept falling"),
    "healthy with a gap": dict(loss=FALLING, val_loss=[1.1, 0.95, 0.85, 0.78, 0.72, 0.68, 0.65, 0.63, 0.61, 0.60],
                               best=10, overfits=False,
                               why="val_loss above the training loss is normal; it is still falling, so no overfitting"),
    "one noisy epoch": dict(loss=FALLING, val_loss=[1.0, 0.9, 0.82, 0.75, 0.70, 0.66, 0.63, 0.61, 0.60, 0.62],
                            best=9, overfits=False,
                            why="one epoch up is noise: the best val_loss was only 1 epoch ago (patience 3)"),
    "not learning": dict(loss=[1.0, 0.9, 0.85, 0.9, 1.1, 1.4, 1.8, 2.3, 2.9, 3.6],
                         val_loss=[1.0, 0.92, 0.9, 0.95, 1.2, 1.5, 1.9, 2.4, 3.0, 3.7],
                         best=3, overfits=False,
                         why="the training loss rises too: the model is not learning (learning rate?), not overfitting"),
}


@pytest.fixture(params=[(form, shape) for form in FORMS for shape in SHAPES], ids="-".join)
def shaped(request):
    """(shape name, its case from SHAPES, its loss curves as a History or a dict)."""
    form, shape = request.param
    case = SHAPES[shape]
    return shape, case, FORMS[form]({"loss": case["loss"], "val_loss": case["val_loss"]})


@exercise("overfitting.best_epoch")
def test_best_epoch(learner, shaped):
    _, case, history = shaped
    found = learner(history)
    if found == case["best"] - 1:
        raise Mistake("best epoch", found, case["best"], "count epochs from 1, as fit() prints them: np.argmin(...) + 1")
    if found != case["best"]:
        raise Mistake("best epoch", found, case["best"],
                      "the epoch with the lowest val_loss (not loss: the training loss keeps falling when a model overfits)")


@exercise("overfitting.overfits")
def test_overfits(learner, shaped):
    shape, case, history = shaped
    found = learner(history)
    if bool(found) != case["overfits"]:
        raise Mistake(shape, found, case["overfits"], case["why"])


@exercise("overfitting.overfits")
@pytest.mark.parametrize("patience", [2, 3])
def test_overfits_patience(learner, patience):
    curves = {"loss": FALLING, "val_loss": [1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.45, 0.4, 0.42, 0.44]}
    found = learner(curves, patience=patience)
    if bool(found) != (patience == 2):
        raise Mistake(f"patience={patience}", found, patience == 2,
                      "the best val_loss was 2 epochs before the end: it overfits only if patience is at most 2")


# ------------------------------------------------------------ the remedies

NUM_WORDS = 50
X_WORDS = (np.random.default_rng(0).random((8, NUM_WORDS)) > 0.5).astype("float32")


def _expect_note_compile(model: keras.Model) -> None:
    checks.expect_head(model, "binary")
    checks.expect_optimizer(model, "Adam")
    checks.expect_metrics(model, ["accuracy", "binary_crossentropy"])


def _hidden(units: int) -> list:
    return [L.Dense(units, activation="relu"), L.Dense(units, activation="relu"), L.Dense(1)]


@exercise("overfitting.capacity_models")
def test_capacity_models(learner):
    models = learner(num_words=NUM_WORDS)
    if not isinstance(models, dict) or set(models) != {"baseline", "smaller", "bigger"}:
        raise Mistake("returned value", sorted(models) if isinstance(models, dict) else type(models).__name__,
                      "a dict with keys baseline, smaller, bigger", "return {'baseline': ..., 'smaller': ..., 'bigger': ...}")
    for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512)):
        model = checks.expect_model(models[name], f"{name} model")
        checks.expect_layers(model, _hidden(units), f"note 003's {name} model has two hidden layers of {units} units",
                             head_judged_apart=True)
        _expect_note_compile(model)
        checks.expect_output_shape(model, (NUM_WORDS,), 1)


DROPOUT_LAYERS = [L.Dense(16, activation="relu"), L.Dropout(0.2), L.Dense(16, activation="relu"), L.Dropout(0.2), L.Dense(1)]


@exercise("overfitting.dropout_model")
@pytest.mark.parametrize("rate", [0.2, 0.5])
def test_dropout_model_layers(learner, rate):
    model = checks.expect_model(learner(num_words=NUM_WORDS, rate=rate))
    expected = [L.Dropout(rate) if isinstance(layer, L.Dropout) else layer for layer in DROPOUT_LAYERS]
    checks.expect_layers(model, expected, f"a Dropout({rate}) after each hidden layer, none after the output",
                         head_judged_apart=True)
    _expect_note_compile(model)


@exercise("overfitting.dropout_model")
def test_dropout_acts_only_in_training(learner):
    model = checks.expect_model(learner(num_words=NUM_WORDS, rate=0.5))
    inference = [np.asarray(model(X_WORDS, training=False)), np.asarray(model(X_WORDS)), model.predict(X_WORDS, verbose=0)]
    if not all(np.allclose(inference[0], outputs) for outputs in inference[1:]):
        raise Mistake("inference", "different outputs for the same input", "the same output every time",
                      "dropout must be off at inference: keras.layers.Dropout drops only when training=True")
    if np.allclose(model(X_WORDS, training=True), model(X_WORDS, training=True)):
        raise Mistake("training", "the same output on every call", "outputs that vary while training",
                      "dropout zeroes a random part of the features at each training step")


@exercise("overfitting.regularized_model")
@pytest.mark.parametrize("kind, factor", [("l2", 0.001), ("l1", 0.0005)])
def test_regularized_model(learner, kind, factor):
    model = checks.expect_model(learner(num_words=NUM_WORDS, kind=kind, factor=factor))
    checks.expect_layers(model, _hidden(16), "note 003's baseline: Dense(16, relu), Dense(16, relu), Dense(1)",
                         head_judged_apart=True)
    _expect_note_compile(model)
    norms = {"l1": lambda w: np.abs(w).sum(), "l2": lambda w: np.square(w).sum()}
    other = "l1" if kind == "l2" else "l2"
    purpose = "the penalty joins the loss fit() minimises: the training loss reads higher than the test cross-entropy, on purpose"
    for scale in (1.0, 2.0):
        dense = [layer for layer in model.layers if isinstance(layer, L.Dense)]
        for layer in dense[:2]:
            layer.kernel.assign(layer.kernel * scale)
        penalty = float(sum(np.asarray(loss) for loss in model.losses)) if model.losses else 0.0
        hidden = sum(float(norms[kind](np.asarray(layer.kernel))) for layer in dense[:2])
        allowed = (factor * hidden, factor * (hidden + float(norms[kind](np.asarray(dense[2].kernel)))))
        if not model.losses:
            raise Mistake("model.losses", "empty", f"the {kind.upper()} penalty of both hidden layers",
                          f"give each hidden Dense kernel_regularizer=keras.regularizers.{kind.upper()}({factor}); {purpose}")
        if any(np.isclose(penalty, value, rtol=1e-3) for value in allowed):
            continue
        guess = sum(float(norms[other](np.asarray(layer.kernel))) for layer in dense[:2])
        found = f"an {other.upper()} penalty" if np.isclose(penalty, factor * guess, rtol=1e-3) else f"{penalty:.4g}"
        raise Mistake(f"penalty{' with the weights doubled' if scale > 1 else ''}", found,
                      f"{kind.upper()}: {factor} x sum({'|w|' if kind == 'l1' else 'w**2'}) = {allowed[0]:.4g}",
                      f"use kernel_regularizer=keras.regularizers.{kind.upper()}({factor}) on both hidden layers "
                      "(the string 'l2' means factor 0.01)")


@exercise("overfitting.batchnorm_model")
def test_batchnorm_placement(learner):
    model = checks.expect_model(learner(num_words=NUM_WORDS))
    found = checks.layers_of(model)
    names = ", ".join(checks.describe(layer) for layer in found)
    norms = [i for i, layer in enumerate(found) if isinstance(layer, L.BatchNormalization)]
    dense = [i for i, layer in enumerate(found) if isinstance(layer, L.Dense)]
    if norms and dense and norms[-1] > dense[-1]:
        raise Mistake("BatchNormalization", names, "one after each hidden Dense, none after the output",
                      "it normalises a hidden layer's outputs for the next layer; after the output it would rescale probabilities")
    if [found[i].units for i in dense] != [16, 16, 1] or len(norms) != 2 or not dense[0] < norms[0] < dense[1] < norms[1]:
        raise Mistake("layers", names, "Dense(16), BatchNormalization, Dense(16), BatchNormalization, Dense(1)",
                      "keep the baseline's three Dense layers and add one BatchNormalization after each hidden one")
    _expect_note_compile(model)
    for layer in (found[i] for i in norms):
        if (len(layer.trainable_weights), len(layer.non_trainable_weights)) != (2, 2):
            raise Mistake("BatchNormalization weights",
                          f"{len(layer.trainable_weights)} trainable, {len(layer.non_trainable_weights)} not",
                          "2 trainable (gamma, beta), 2 not (moving mean, moving variance)",
                          "gamma and beta are learned; leave the layer trainable (trainable=False freezes it in inference mode)")


@exercise("overfitting.batchnorm_model")
def test_batchnorm_two_modes(learner):
    model = checks.expect_model(learner(num_words=NUM_WORDS))
    single = np.asarray(model(X_WORDS[:1], training=False))
    if not np.allclose(single, np.asarray(model(X_WORDS, training=False))[:1], atol=1e-5):
        raise Mistake("inference mode", "a sample's output depends on its batch", "the same output alone or in a batch",
                      "at inference BatchNormalization uses its moving mean and variance, not the batch's")
    if np.allclose(np.asarray(model(X_WORDS[:2], training=True))[:1], np.asarray(model(X_WORDS, training=True))[:1], atol=1e-5):
        raise Mistake("training mode", "a sample's output ignores its batch", "normalised with the batch's statistics",
                      "while training BatchNormalization normalises each batch with that batch's mean and variance")
    norm = next(layer for layer in model.layers if isinstance(layer, L.BatchNormalization))
    before = np.asarray(norm.moving_mean).copy()
    model.train_on_batch(X_WORDS, np.ones((len(X_WORDS), 1), "float32"))
    if np.allclose(before, np.asarray(norm.moving_mean)):
        raise Mistake("moving mean", "unchanged by a training step", "updated while training",
                      "training updates the moving statistics that inference will use")


REMEDY_CASES = {
    "overfitting images": (0.99, 0.70, "images", {"more data", "augmentation", "dropout", "smaller network", "regularization"},
                           "train far above validation: more data, augmentation (images), dropout, a smaller network, regularization"),
    "overfitting text": (0.98, 0.75, "text", {"more data", "dropout", "smaller network", "regularization"},
                         "augmentation flips and rotates images: a flipped sentence is not a new example"),
    "underfitting": (0.62, 0.60, "images", {"bigger network"},
                     "low accuracy on both sets is underfitting: it needs more capacity, and anti-overfitting remedies make it worse"),
    "good fit": (0.94, 0.91, "text", set(), "training and validation agree and are high: nothing to fix"),
}


@exercise("overfitting.pick_remedies")
@pytest.mark.parametrize("case", REMEDY_CASES)
def test_pick_remedies(learner, case):
    train, val, inputs, expected, why = REMEDY_CASES[case]
    picked = learner(train, val, inputs=inputs)
    names = {str(name).strip().lower().replace("regularisation", "regularization") for name in picked or ()}
    names.discard("batch norm")
    if names != expected:
        raise Mistake(f"{case} (train {train}, val {val}, {inputs})", sorted(names) or "nothing",
                      sorted(expected) or "nothing", why)


# ------------------------------------------------------------ tuning

@exercise("overfitting.tune")
def test_tune(learner, monkeypatch):
    x, target = toydata.linear_targets(64, 2)
    y = (target > 0).astype("float32")
    space = dict(learning_rates=[0.05, 1e-7], units=[2, 8], dropouts=[0.0, 0.5])
    runs = {}
    fit = keras.Model.fit

    def spy(model, *args, **kwargs):
        model.run_eagerly = True  # the same training, without tracing eight tiny models (3 s of 8)
        history = fit(model, *args, **kwargs)
        dense = [layer for layer in model.layers if isinstance(layer, L.Dense)]
        rate = next((layer.rate for layer in model.layers if isinstance(layer, L.Dropout)), 0.0)
        config = (float(np.asarray(model.optimizer.learning_rate)), dense[0].units, rate)
        runs[config] = next((v for k, v in history.history.items() if k.startswith("val_") and "acc" in k), None)
        return history

    monkeypatch.setattr(keras.Model, "fit", spy)
    result = learner(x, y, **space, epochs=3)
    monkeypatch.undo()
    best, score = checks.expect_tuple(result, "(best_config, best_score)",
                                      "return ({'learning_rate': ..., 'units': ..., 'dropout': ...}, score)")
    checks.expect_instance(best, dict, "the configuration as {'learning_rate': ..., 'units': ..., 'dropout': ...}",
                           "best_config")
    if len(runs) != 8:
        raise Mistake("search", f"{len(runs)} configurations fitted", "all 8 (2 x 2 x 2)",
                      "fit one model per combination: itertools.product(learning_rates, units, dropouts)")
    if any(scores is None for scores in runs.values()):
        raise Mistake("validation", "histories without val_accuracy", "a validation score for every run",
                      "fit with validation_split=... and score on val_accuracy: training accuracy rewards overfitting")
    try:
        mine = next(scores for (rate, width, drop), scores in runs.items()
                    if np.isclose(rate, best["learning_rate"], rtol=1e-5) and (width, drop) == (best["units"], best["dropout"]))
    except (KeyError, TypeError, StopIteration):
        raise Mistake("best configuration", best, "a dict with learning_rate, units and dropout from the space",
                      "return the keys learning_rate, units and dropout of the best run") from None
    for pick in (lambda s: s[-1], max):
        top = max(pick(scores) for scores in runs.values())
        if np.isclose(float(score), pick(mine)) and np.isclose(pick(mine), top):
            return
    raise Mistake("best configuration", f"{best} scoring {float(score):.3f}",
                  f"the run with the highest val_accuracy ({max(s[-1] for s in runs.values()):.3f})",
                  "keep the configuration with the highest validation accuracy, and return its score")
