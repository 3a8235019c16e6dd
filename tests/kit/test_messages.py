"""Messages that cannot mislead (GRADERS.md §8): found and expected never alike, layers whole,
a learner's exception read as the mistake it names, and tips on passing answers.

Keras objects and Keras' own error messages are made for real, in a process forked from the
engine's warm server (helpers.forked); the rest runs here.
"""

from pathlib import Path
from types import SimpleNamespace

import pytest
from helpers import forked
from hypothesis import given, strategies as st
from tfkata import cli, known_errors, plugin
from tfkata.describe import tell_apart
from tfkata.problems import LearnerRaised, Mistake, short_report, take_tips, tip
from tfkata.results import DONE, STATUSES, WRONG, Results, Verdict

# ------------------------------------------------------------------ found and expected, told apart


def keras_pairs() -> dict:
    """(found, expected) as a lesson shows them, for Keras objects made for real."""
    import keras

    L = keras.layers
    pairs = {
        "from_logits": (keras.losses.BinaryCrossentropy(from_logits=True), keras.losses.BinaryCrossentropy()),
        "label_smoothing": (keras.losses.BinaryCrossentropy(label_smoothing=0.1), keras.losses.BinaryCrossentropy()),
        "use_bias": (L.Dense(1, use_bias=False), L.Dense(1)),
        "regularizer": (L.Dense(16, activation="relu", kernel_regularizer=keras.regularizers.L2(0.01)),
                        L.Dense(16, activation="relu")),
        "same config": (L.Dense(1), L.Dense(1)),
        "learning rate": (keras.optimizers.Adam(learning_rate=0.0010001), keras.optimizers.Adam(learning_rate=0.001)),
        "loss string and object": ("binary_crossentropy", keras.losses.BinaryCrossentropy(from_logits=True)),
        "arrays in the config": (L.Normalization(mean=[1.0, 2.0], variance=[1.0, 1.0]),
                                 L.Normalization(mean=[1.0, 3.0], variance=[1.0, 1.0])),
    }
    return {name: tell_apart(*pair) for name, pair in pairs.items()}


@pytest.fixture(scope="module")
def told_apart():
    return forked(keras_pairs)


@pytest.mark.parametrize("case, found, expected", [
    ("from_logits", "from_logits=True", "BinaryCrossentropy()"),
    ("label_smoothing", "label_smoothing=0.1", "label_smoothing=0"),
    ("use_bias", "use_bias=False", "use_bias=True"),
    ("regularizer", "kernel_regularizer=L2", "kernel_regularizer=None"),
    ("same config", "Dense(1)", "Dense(1)"),
    ("learning rate", "learning_rate=0.0010001", "learning_rate=0.001"),
    ("loss string and object", "binary_crossentropy", "BinaryCrossentropy(from_logits=True)"),
    ("arrays in the config", "mean=(1, 2)", "mean=(1, 3)"),
])
def test_keras_objects_that_print_alike_show_what_differs(told_apart, case, found, expected):
    shown = told_apart[case]
    assert shown[0] != shown[1], shown
    assert found in shown[0] and expected in shown[1], shown


@pytest.mark.parametrize("found, expected, says", [
    ("binary_crossentropy", "binary_crossentropy", "reads the same"),
    (1, "1", ("(int)", "(str)")),
    (1.0, 1, None),  # prints 1.0 and 1: already apart
    ([1, 2], (1, 2), None),
])
def test_values_that_print_alike_are_told_apart(found, expected, says):
    shown = tell_apart(found, expected)
    assert shown[0] != shown[1]
    if isinstance(says, tuple):
        assert says[0] in shown[0] and says[1] in shown[1], shown
    elif says:
        assert says in shown[0], shown


def test_arrays_alike_on_the_page_show_the_first_element_that_differs():
    import numpy as np

    found, expected = np.arange(2000), np.arange(2000)
    expected[1500] = 7
    assert str(found) == str(expected)
    shown = tell_apart(found, expected)
    assert "[1500] = 1500" in shown[0] and "[1500] = 7" in shown[1], shown
    shown = tell_apart(np.zeros(3, "float32"), np.zeros(3))
    assert "float32" in shown[0] and "float64" in shown[1], shown


values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
                      lambda inner: st.lists(inner, max_size=3) | st.tuples(inner, inner), max_leaves=6)


@given(found=values, expected=values)
def test_a_lesson_never_shows_found_and_expected_alike(found, expected):
    lesson = str(Mistake("value", found, expected, "why")).splitlines()
    assert len(lesson) == 2
    head = lesson[0].removeprefix("value: found ")
    found_text, expected_text = tell_apart(found, expected)
    assert head == f"{found_text}, expected {expected_text}" and found_text != expected_text


# ------------------------------------------------------------------ layers whole


def layer_lessons() -> dict:
    import keras
    import tensorflow as tf
    from tfkata import checks

    L = keras.layers
    described = {
        "Dense(1)": L.Dense(1), 'Dense(1, activation="sigmoid")': L.Dense(1, activation="sigmoid"),
        'Dense(10, activation="softmax")': L.Dense(10, activation=tf.nn.softmax),
        "Dropout(0.2)": L.Dropout(0.2), "Embedding(10000, 16)": L.Embedding(10000, 16),
        'Conv2D(32, (3, 3), activation="relu")': L.Conv2D(32, 3, activation="relu"),
        'Conv2D(8, (3, 3), strides=(2, 2), padding="same")': L.Conv2D(8, 3, strides=2, padding="same"),
        "MaxPooling2D((2, 2))": L.MaxPooling2D(2), "GlobalAveragePooling2D()": L.GlobalAvgPool2D(),
        "Rescaling(0.00784314, offset=-1)": L.Rescaling(1 / 127.5, offset=-1),
        'RandomFlip("horizontal")': L.RandomFlip("horizontal"),
    }
    lessons = {"describe": {want: checks.describe(layer) for want, layer in described.items()}}

    def lesson(check, *args):
        try:
            check(*args)
        except Mistake as mistake:
            return str(mistake)
        return ""

    binary = keras.Sequential([keras.Input((4,)), L.Dense(8, activation="relu"), L.Dense(2, activation="sigmoid")])
    lessons["head judged apart"] = lesson(checks.expect_layers, binary,
                                          [L.Dense(8, activation="relu"), L.Dense(1, activation="sigmoid")], "why", True)
    lessons["types differ"] = lesson(checks.expect_layers, binary, [L.Dense(8, activation="relu"), L.Dropout(0.5),
                                                                     L.Dense(1, activation="sigmoid")], "why")
    binary.compile(optimizer="adam", loss="binary_crossentropy")
    lessons["output units"] = lesson(checks.expect_head, binary, "binary")
    return lessons


@pytest.fixture(scope="module")
def layers_whole():
    return forked(layer_lessons)


def test_layers_read_as_a_learner_writes_them(layers_whole):
    for want, found in layers_whole["describe"].items():
        assert found == want


@pytest.mark.parametrize("case, says", [
    ("head judged apart", 'layer 2: found Dense(2, activation="sigmoid"), expected Dense(1, activation="sigmoid")'),
    ("types differ", 'found Dense(8, activation="relu"), Dense(2, activation="sigmoid"), expected Dense(8, '
                     'activation="relu"), Dropout(0.5), Dense(1, activation="sigmoid")'),
    ("output units", 'output layer: found Dense(2, activation="sigmoid")'),
])
def test_lessons_show_layers_with_their_activation(layers_whole, case, says):
    assert says in layers_whole[case], layers_whole[case]
    assert len(layers_whole[case].splitlines()) <= 3


# ------------------------------------------------------------------ a learner's exception, named


def keras_errors() -> dict:
    """name -> (error type, its text): each raised for real by Keras 3, TensorFlow or Python."""
    import json
    import os
    import tempfile

    import keras
    import numpy as np
    import tensorflow as tf

    L = keras.layers
    x = np.random.default_rng(0).random((16, 4)).astype("float32")
    y = (x[:, 0] > 0.5).astype("float32")

    def fit(metrics=None, loss="binary_crossentropy", optimizer="adam", **kwargs):
        model = keras.Sequential([keras.Input((4,)), L.Dense(1, activation="sigmoid")])
        model.compile(optimizer=optimizer, loss=loss, metrics=["accuracy"] if metrics is None else metrics)
        return model.fit(x, y, epochs=1, verbose=0, **kwargs)

    def schedule(returns):
        model = keras.Sequential([keras.Input((4,)), L.Dense(1)])
        model.compile("sgd", "mse")
        model.fit(x, y, epochs=1, verbose=0, callbacks=[keras.callbacks.LearningRateScheduler(lambda e, lr: returns)])

    folder = tempfile.mkdtemp()
    for name in ("cats", "dogs"):
        os.makedirs(os.path.join(folder, name))
        for i in range(3):
            keras.utils.save_img(os.path.join(folder, name, f"{i}.png"), np.zeros((8, 8, 3)))
    compiled = keras.Sequential([keras.Input((4,)), L.Dense(1)])
    compiled.compile("adam", "mse")
    batches = tf.data.Dataset.from_tensor_slices((x, y)).batch(4)
    cases = {
        "history val_accuracy": lambda: fit().history["val_accuracy"],
        "history val_loss": lambda: fit().history["val_loss"],
        "history acc": lambda: fit().history["acc"],
        "history val_acc": lambda: fit(validation_split=0.25).history["val_acc"],
        "history under another name": lambda: fit(metrics=["acc"]).history["accuracy"],
        "history lr": lambda: fit(callbacks=[keras.callbacks.ReduceLROnPlateau("loss")]).history["lr"],
        "History as a dict": lambda: fit()["loss"],
        "dict as a History": lambda: {"loss": [1.0]}.history,
        "metric name": lambda: fit(metrics=["accuracy_score"]),
        "metrics as a string": lambda: fit(metrics="accuracy"),
        "loss name": lambda: fit(loss="binary_cross_entropy"),
        "optimizer name": lambda: fit(optimizer="adm"),
        "optimizer class": lambda: fit(optimizer=keras.optimizers.Adam),
        "keras 2 lr": lambda: keras.optimizers.RMSprop(lr=0.01),
        "activation name": lambda: L.Dense(1, activation="Softmax"),
        "regularizer name": lambda: L.Dense(1, kernel_regularizer="l3"),
        "unknown argument": lambda: keras.callbacks.TensorBoard(logdir="logs"),
        "dropout rate": lambda: L.Dropout(1.5),
        "no units": lambda: L.Dense(0),
        "negative units": lambda: L.Dense(-1),
        "fractional units": lambda: L.Dense(1.5),
        "filters": lambda: L.Conv2D(-3, 3),
        "embedding size": lambda: L.Embedding(0, 16),
        "pool size": lambda: L.MaxPooling2D(0),
        "rotation in degrees": lambda: L.RandomRotation(30),
        "zoom factor": lambda: L.RandomZoom(2.0),
        "regularizer factor": lambda: keras.regularizers.L2("0.01"),
        "learning rate string": lambda: keras.optimizers.Adam(learning_rate="0.01"),
        "shape without comma": lambda: keras.Input(shape=4),
        "tuple plus int": lambda: keras.Input(shape=(32, 32) + 3),
        "features": lambda: keras.Sequential([keras.Input((5,)), L.Dense(1)])(x),
        "no batch axis": lambda: compiled.predict(np.zeros(4, "float32"), verbose=0),
        "rank": lambda: keras.Sequential([keras.Input((4,)), L.GlobalAveragePooling2D()]),
        "base built for another size": lambda: keras.applications.MobileNetV2(
            input_shape=(64, 96, 3), include_top=False, weights=None)(keras.Input((160, 160, 3))),
        "never compiled": lambda: keras.Sequential([keras.Input((4,)), L.Dense(1)]).fit(x, y, verbose=0),
        "not built": lambda: keras.Sequential([L.Dense(2)]).count_params(),
        "string in a Sequential": lambda: keras.Sequential([keras.Input((4,)), "dense"]),
        "disconnected": lambda: keras.Model(keras.Input((4,)), L.Dense(1)(keras.Input((4,)))),
        "schedule returns None": lambda: schedule(None),
        "validation_split with a dataset": lambda: compiled.fit(batches, validation_split=0.2, verbose=0),
        "y with a dataset": lambda: compiled.fit(batches, y, verbose=0),
        "split without seed": lambda: keras.utils.image_dataset_from_directory(
            folder, validation_split=0.2, subset="training", image_size=(8, 8)),
        "subset without split": lambda: keras.utils.image_dataset_from_directory(
            folder, validation_split=0.2, seed=1, image_size=(8, 8)),
        "subset name": lambda: keras.utils.image_dataset_from_directory(
            folder, validation_split=0.2, seed=1, subset="train", image_size=(8, 8)),
        "label_mode": lambda: keras.utils.image_dataset_from_directory(folder, label_mode="one_hot", image_size=(8, 8)),
        "map arguments": lambda: list(tf.data.Dataset.from_tensor_slices({"image": [1], "label": [2]})
                                      .map(lambda image, label: image)),
        "concatenate types": lambda: tf.data.Dataset.range(2).concatenate(
            tf.data.Dataset.from_tensor_slices(np.zeros(2, "float32"))),
        "list of dicts": lambda: tf.data.Dataset.from_tensor_slices([{"a": 1}, {"a": 2}]),
        "resize size": lambda: tf.image.resize(np.zeros((4, 4, 3)), 8),
        "float batch size": lambda: tf.data.Dataset.range(3).batch(2.0),
        "csv header": lambda: int("label"),
        "csv empty cell": lambda: float(""),
        "class out of range": lambda: keras.utils.to_categorical(np.array([3]), 2),
        "axis out of range": lambda: np.argmax(np.zeros(3), axis=1),
        "image too small": lambda: keras.applications.MobileNetV2(input_shape=(16, 16, 3), include_top=False,
                                                                  weights=None),
        "weights name": lambda: keras.applications.MobileNetV2(input_shape=(32, 32, 3), include_top=False,
                                                               weights="Imagenet"),
        "top with own classes": lambda: keras.applications.EfficientNetB0(include_top=True, weights="imagenet",
                                                                         classes=10),
        "checkpoint file": lambda: compiled.load_weights(os.path.join(folder, "checkpoint.ckpt")),
        "json lines": lambda: json.loads('{"a": 1}\n{"a": 2}'),
        "plot lengths": lambda: __import__("matplotlib.pyplot").pyplot.subplots()[1].plot(range(10), range(6)),
    }
    raised = {}
    for name, make in cases.items():
        try:
            make()
        except Exception as error:  # noqa: BLE001 - the error is the case
            raised[name] = (type(error).__name__, str(error))
        else:
            raised[name] = None
    return raised


# case -> (words in the mistake's headline, words in its lesson)
NAMED = {
    "history val_accuracy": ("'val_accuracy' is not among", "validation_split="),
    "history val_loss": ("'val_loss' is not among", "validation_data="),
    "history acc": ("'acc': not the name this metric was compiled under", "metrics=['accuracy'] records 'accuracy'"),
    "history val_acc": ("'val_acc': not the name", "metrics=['acc'] records 'val_acc'"),
    "history lr": ("'lr': Keras 2's name for the logged learning rate", "history.history['learning_rate']"),
    "history under another name": ("'accuracy' is not among", "compile(metrics="),
    "History as a dict": ("a History used as its dict", "history.history"),
    "dict as a History": ("a dict used as a History", "getattr(history, 'history', history)"),
    "metric name": ("metric 'accuracy_score' is not a Keras 3 metric", "metrics=['accuracy']"),
    "metrics as a string": ("metrics given as one string", "metrics=['accuracy']"),
    "loss name": ("loss 'binary_cross_entropy' is not a Keras 3 loss", "'binary_crossentropy'"),
    "optimizer name": ("optimizer 'adm' is not a Keras 3 optimizer", "'adam'"),
    "optimizer class": ("optimizer Adam given as a class", "keras.optimizers.Adam()"),
    "keras 2 lr": ("lr=: Keras 2's name", "learning_rate="),
    "activation name": ("activation 'Softmax' is not a Keras activation", "lower-case"),
    "regularizer name": ("regularizer 'l3'", "keras.regularizers.L2(0.001)"),
    "unknown argument": ("TensorBoard(logdir=...): no such argument", "log_dir"),
    "dropout rate": ("Dropout rate 1.5: not between 0 and 1", "fraction of inputs dropped"),
    "no units": ("units=0: not a positive whole number", "Dense(1)"),
    "negative units": ("units=-1: not a positive whole number", "Dense(1)"),
    "fractional units": ("units=1.5: not a positive whole number", "int(...)"),
    "filters": ("filters=-3: not a positive number", "Conv2D(32, 3)"),
    "embedding size": ("Embedding input_dim=0", "Embedding(10000, 16)"),
    "pool size": ("pool_size=0: not a size", "pool_size=2"),
    "rotation in degrees": ("factor 30: outside [-1, 1]", "not degrees"),
    "zoom factor": ("zoom factor 2.0", "RandomZoom(0.2)"),
    "regularizer factor": ("l2=0.01", "L2(0.001)"),
    "learning rate string": ("learning_rate=0.01: not a positive float", "Adam(learning_rate=0.001)"),
    "shape without comma": ("shape 4: not a tuple", "shape=(4,)"),
    "tuple plus int": ("a tuple + a number", "image_size + (3,)"),
    "features": ("input of shape (16, 4) for a model that wants 5 features", "without the batch axis"),
    "no batch axis": ("input of shape (4,) for a model that wants (None, 4)", "x[None]"),
    "rank": ("a 2-D input into global_average_pooling2d, which takes 4-D", "model.summary()"),
    "base built for another size": ("input of shape (None, 160, 160, 3) into mobilenetv2_1.00_64, which was built "
                                    "for (None, 64, 96, 3)", "image_shape + (3,)"),
    "never compiled": ("never compiled", "model.compile("),
    "not built": ("does not know its input shape", "keras.Input(shape=...)"),
    "string in a Sequential": ("dense (a str) in a Sequential", "layer objects"),
    "disconnected": ("outputs not computed from the model's inputs", "keras.Model(inputs, outputs)"),
    "schedule returns None": ("schedule returned None", "as a float"),
    "validation_split with a dataset": ("validation_split with a Dataset", "validation_data="),
    "y with a dataset": ("y passed with a Dataset", "fit(dataset)"),
    "split without seed": ("validation_split without a seed", "same validation_split and seed"),
    "subset without split": ("subset without validation_split", "validation_split=0.2"),
    "subset name": ("subset='train'", "'training'"),
    "label_mode": ("label_mode='one_hot'", "'categorical' (one-hot)"),
    "map arguments": ("map() function with an argument too many ('label')", "one (the dict)"),
    "concatenate types": ("different element types", "float32"),
    "list of dicts": ("a list of dicts into from_tensor_slices", "one array per column"),
    "resize size": ("not (height, width)", "(height, width)"),
    "float batch size": ("a float where tf.data wants a whole number", "int(...)"),
    "csv header": ("the word 'label' read as a number", "csv.DictReader"),
    "csv empty cell": ("an empty cell read as a number", "float(value or 0.0)"),
    "class out of range": ("class 3 of only 2", "below num_classes"),
    "axis out of range": ("axis=1 on an array of 1 dimension", "shape"),
    "image too small": ("under 32x32", "at least 32x32"),
    "weights name": ("weights=Imagenet", "'imagenet' (lower case)"),
    "top with own classes": ("include_top=True with your own number of classes", "include_top=False"),
    "checkpoint file": ("a weights file Keras 3 cannot read", ".weights.h5"),
    "plot lengths": ("10 x values against 6 y values", "its own epochs"),
}


@pytest.fixture(scope="module")
def raised():
    return forked(keras_errors)


class Raised(Exception):
    """An exception that reads as the real one did: its type's name and its text."""


def as_raised(kind: str, text: str) -> BaseException:
    error = type(kind, (Raised,), {})(text)
    if kind == "KeyError":  # str(KeyError('x')) is "'x'": keep the real quoting
        error = KeyError(text.strip("'"))
    return error


@pytest.mark.parametrize("case", NAMED)
def test_a_common_exception_is_the_mistake_it_names(raised, case):
    assert raised[case] is not None, f"{case}: Keras no longer raises here"
    error = as_raised(*raised[case])
    named = known_errors.mistake_for(error)
    assert named, f"{case}: no named mistake for {raised[case]}"
    headline, lesson = NAMED[case]
    assert headline in named[0] and lesson in named[1], named
    assert "\n" not in named[0] + named[1] and len(named[1]) < 200, named
    report = str(LearnerRaised("tune()", error, (Path("exercises/overfitting.py"), 12))).splitlines()
    assert report[0] == f"{named[0]} ({raised[case][0]} in tune())" and report[1] == named[1]
    assert len(report) == 3 and report[2].endswith("overfitting.py:12")
    assert "raised" not in report[0]


def test_known_keras2_errors_keep_their_lessons(raised):
    assert "json.loads(line)" in known_errors.lesson_for(as_raised(*raised["json lines"]))


def test_an_unknown_exception_says_what_was_raised():
    report = str(LearnerRaised("tune()", ZeroDivisionError("division by zero"), None))
    assert report == "tune() raised ZeroDivisionError: division by zero"
    assert short_report(KeyError("val_loss"), Path("/nowhere")).startswith(
        "'val_loss' is not among the metrics fit() recorded (KeyError while grading)")


# ------------------------------------------------------------------ done, with a tip


def test_a_tip_is_kept_only_while_every_grader_passes():
    verdict = Verdict("transfer.efficientnet_model")
    verdict.fold(DONE, tip="first")
    verdict.fold(DONE, tip="second")
    assert (verdict.status, verdict.tip, verdict.label, verdict.points) == (DONE, "first", "done, with a tip", 10)
    again = Verdict.from_json(verdict.to_json())
    assert (again.status, again.tip) == (DONE, "first")
    verdict.fold(WRONG, "layers: found ..., expected ...\nwhy")
    assert (verdict.status, verdict.tip, verdict.label, verdict.points) == (WRONG, "", WRONG, 0)
    verdict.fold(DONE, tip="late")
    assert verdict.tip == ""
    assert Verdict.from_json({"exercise": "transfer.efficientnet_model", "status": DONE}).tip == ""
    assert "done, with a tip" not in STATUSES  # a label, not a status of its own


def test_graders_give_tips_that_the_worker_takes_once():
    take_tips()
    tip("spell it so\nbecause")
    tip("spell it so\nbecause")
    assert take_tips() == ["spell it so\nbecause"] and take_tips() == []


@pytest.fixture
def tipped():
    results = Results()
    results.add(Verdict("transfer.efficientnet_model", DONE, "", "the notes call the base as ...\nKeras 3 ..."))
    results.add(Verdict("transfer.alpaca_model", WRONG, "loss: found a, expected b\nwhy"))
    return results


def test_check_and_progress_show_the_tip(capsys, monkeypatch, tipped):
    monkeypatch.setattr(cli, "_grade", lambda args, ids=None: tipped)
    assert cli.main(["check", "transfer.efficientnet_model"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "transfer.efficientnet_model: done, with a tip (10/10 points)"
    assert out[1:3] == ["    tip: the notes call the base as ...", "    Keras 3 ..."]
    assert "1 done (1 with a tip), 1 wrong" in tipped.summary()
    everything = Results()
    for verdict in tipped.verdicts.values():
        everything.add(verdict)
    from tfkata import catalogue

    for exercise_id in catalogue.load().exercises:
        if exercise_id not in everything.verdicts:
            everything.add(Verdict(exercise_id, DONE))
    monkeypatch.setattr(cli, "_grade", lambda args, ids=None: everything)
    cli.main(["progress"])
    out = capsys.readouterr().out
    skill = catalogue.load().get("transfer.efficientnet_model").skill
    assert f"[x] {skill}  10/10  (done, with a tip)" in out
    assert "      tip: the notes call the base as ... (tfkata check transfer.efficientnet_model)" in out


def test_pytest_summary_shows_the_tip(tipped):
    lines = []
    reporter = SimpleNamespace(section=lambda title: lines.append(f"== {title}"),
                               write_line=lambda line, **style: lines.append(line))
    config = SimpleNamespace(stash=pytest.Stash())
    config.stash[plugin.RESULTS] = tipped
    config.stash[plugin.TARGET] = Path("/tmp/exercises")
    plugin.pytest_terminal_summary(reporter, config)
    assert "tip          transfer.efficientnet_model (done): the notes call the base as ..." in lines
    assert lines[-1].endswith(tipped.summary()) and "1 done (1 with a tip), 1 wrong" in lines[-1]
    report = SimpleNamespace(tfkata_status=DONE, tfkata_tip="x", when="call")
    assert plugin.pytest_report_teststatus(report, config)[:2] == ("passed", "t")
