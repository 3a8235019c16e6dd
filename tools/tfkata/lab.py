"""The transfer-learning lab: note 001's experiment, end to end, on class-folder images.

EfficientNetB0 feature extraction with a data-augmentation block inside the model, then
fine-tuning of its last 10 layers at a tenth of the learning rate, continuing from the
last epoch; each epoch validated on a quarter of the test set, as the note does, and the
whole test set evaluated at the end. Writes a loss/accuracy plot (PNG) and a results table
to the output folder. Also what the labs share: the learner's functions checked before
anything trains, a failed download of pretrained weights told in one line.
Keras is imported where it is used: making data and subsets needs no TensorFlow.
"""

from __future__ import annotations

import ast
import contextlib
import inspect
import random
import shutil
import textwrap
import warnings
from pathlib import Path
from unittest import mock

from . import toydata
from .i18n import N_, _
from .plots import training_curves

LEARNING_RATE = 1e-3  # Adam's default, as in the note
UNFROZEN = 10  # base layers that fine-tuning trains
VALIDATION_SHARE = 0.25  # note 001: validation_steps=int(0.25 * len(test_data))
METRICS = ("accuracy", "val_accuracy", "loss", "val_loss")
NOT_REPORTED = N_("not reported")  # what the labs' notes say of most numbers


class WeightsMissing(FileNotFoundError):
    """Pretrained weights could neither be found in Keras' cache nor downloaded."""


@contextlib.contextmanager
def weights_download():
    """Within: a download of pretrained weights that fails (offline) is WeightsMissing, one line naming the file
    Keras asked for and where it looks for it, whoever called keras.applications (the lab, or the learner)."""
    from keras.src.utils import file_utils

    get_file, failed = file_utils.get_file, []

    def fetch(fname=None, origin=None, *args, **kwargs):
        try:
            return get_file(fname, origin, *args, **kwargs)
        except Exception:
            failed.append(fname)
            raise

    with mock.patch.object(file_utils, "get_file", fetch):
        try:
            yield
        except Exception as error:  # noqa: BLE001 - the learner's function wraps it; the failed download says why
            if not failed:
                raise
            raise WeightsMissing(_("cannot download the pretrained weights {file}: put the file at {path} "
                                   "(Keras' cache), or use --weights none (random weights)").format(
                file=failed[0], path=f"~/.keras/models/{failed[0]}")) from error


def _still_a_stub(fn) -> bool:
    """Does ``fn`` (its source read, not run) raise NotImplementedError before anything it could return?"""
    try:
        node = ast.parse(textwrap.dedent(inspect.getsource(inspect.unwrap(fn)))).body[0]
    except (OSError, TypeError, SyntaxError, IndexError):
        return False
    for statement in getattr(node, "body", []):
        if isinstance(statement, ast.Return):
            return False
        if isinstance(statement, ast.Raise) and statement.exc is not None:
            raised = statement.exc.func if isinstance(statement.exc, ast.Call) else statement.exc
            if isinstance(raised, ast.Name) and raised.id == "NotImplementedError":
                return True
    return False


def learner_functions(target: Path, section: str, names) -> dict:
    """The learner's functions ``names`` of ``section``, all of them checked before anything trains.

    A function missing, in a module that does not import, with a changed signature, or still
    raising NotImplementedError stops the lab at once: a Problem with one line per function.
    """
    from . import catalogue
    from .paths import shown
    from .problems import Problem
    from .target import Target

    book, learner = catalogue.load(), Target(target)
    found, problems = {}, []
    for name in names:
        exercise = book.get(f"{section}.{name}")
        try:
            found[name] = learner.function(exercise)
        except Problem as problem:
            problems.append(str(problem))
            continue
        if _still_a_stub(found[name]):
            problems.append(_("not started: {function}() in {path} still raises NotImplementedError "
                              "(try: {command})").format(function=name, path=shown(target / f"{exercise.module}.py"),
                                                        command=f"tfkata hint {exercise.id}"))
    problems = list(dict.fromkeys(problems))  # a module that does not import: said once
    if len(problems) == 1:
        raise Problem(problems[0])
    if problems:
        raise Problem("\n".join([_("{count} of the functions this lab uses are not ready, so nothing was "
                                   "trained:").format(count=len(problems))] + ["  " + line for line in problems]))
    return found


@contextlib.contextmanager
def shown_progress(model, verbose: int):
    """model.fit with Keras' progress at `verbose`, whatever the learner's code asks for."""
    fit = model.fit
    model.fit = lambda *args, **kwargs: fit(*args, **{**kwargs, "verbose": verbose})
    try:
        yield model
    finally:
        del model.fit


def row(*cells) -> str:
    """A markdown table's row."""
    return "| " + " | ".join(map(str, cells)) + " |"


def write_results(out: Path, table: str, plots: list[str]) -> None:
    """Write a lab's results.md and say where it and the lab's plots are."""
    (out / "results.md").write_text(table, encoding="utf-8")
    paths = [str(out / name) for name in plots]
    where = (_("plot: {path}").format(path=paths[0]) if len(paths) == 1
             else _("plots: {paths}").format(paths=", ".join(paths)))
    print(f"\n{table}\n{where}\n" + _("table: {path}").format(path=out / "results.md"))


def make_data(root, classes: int = 3, per_class: int = 6, size: int = 32, seed: int = 0) -> Path:
    """A dry-run data set in the note's layout: root/train/<class>/*.png and root/test/<class>/*.png."""
    root = Path(root)
    names = tuple(f"class_{index}" for index in range(classes))
    toydata.image_folders(root / "train", names, per_class, (size, size), seed)
    toydata.image_folders(root / "test", names, per_class, (size, size), seed + 1)
    return root


def subset(train_dir, out_dir, fraction: float, seed: int = 42) -> Path:
    """Copy a seeded `fraction` of each class's files (at least one) to out_dir/<class>/."""
    train_dir, out_dir = Path(train_dir), Path(out_dir)
    classes = sorted(p for p in train_dir.iterdir() if p.is_dir()) if train_dir.is_dir() else []
    if not classes:
        raise FileNotFoundError(_("{folder} has no class folders").format(folder=train_dir))
    shutil.rmtree(out_dir, ignore_errors=True)
    rng = random.Random(seed)
    for folder in classes:
        files = sorted(p for p in folder.iterdir() if p.is_file())
        keep = rng.sample(files, max(1, round(fraction * len(files))))
        (out_dir / folder.name).mkdir(parents=True)
        for path in keep:
            shutil.copy2(path, out_dir / folder.name / path.name)
    return out_dir


def load(folder, image_size: int, batch_size: int, shuffle: bool = True, seed: int = 42, **options):
    """One-hot labelled batches of images, as note 001 loads them; `options` go to the loader
    (label_mode="int", validation_split=0.2 and subset="training", as note 002 loads them)."""
    import keras

    return keras.utils.image_dataset_from_directory(folder, **{
        "label_mode": "categorical", "image_size": (image_size, image_size),
        "batch_size": batch_size, "shuffle": shuffle, "seed": seed, **options})


def base_weights(weights: str):
    """The `weights=` for EfficientNetB0: "imagenet", None for "none", or a local file."""
    if weights in ("imagenet", "none"):
        return None if weights == "none" else weights
    if not Path(weights).is_file():
        raise FileNotFoundError(_("no weights file {path} (use imagenet, none, or a local .h5 file)").format(
            path=weights))
    return weights


def build_model(n_classes: int, image_size: int, weights="imagenet"):
    """Input, augmentation, frozen EfficientNetB0 (training=False), pooling, softmax: (model, base).

    `weights` as EfficientNetB0 takes it: "imagenet", None, or a weights file (see base_weights).

    Keras 3.15 has no RandomHeight/RandomWidth (the note's last two augmentation layers,
    which changed the output size); a RandomZoom along one axis changes the aspect ratio
    as they did, but keeps the size, cropping or padding instead.
    """
    import keras

    augmentation = keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
        keras.layers.RandomZoom(0.2),
        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),  # was RandomHeight(0.2)
        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),  # was RandomWidth(0.2)
    ], name="data_augmentation")
    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)
    base.trainable = False
    inputs = keras.Input(shape=(image_size, image_size, 3), name="input_layer")
    x = augmentation(inputs)
    x = base(x, training=False)
    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)
    outputs = keras.layers.Dense(n_classes, activation="softmax", name="output_layer")(x)
    model = keras.Model(inputs, outputs)
    compile_model(model, LEARNING_RATE)
    return model, base


def compile_model(model, learning_rate: float) -> None:
    """Adam at `learning_rate`, categorical cross-entropy, accuracy: the note's compile."""
    import keras

    model.compile(loss="categorical_crossentropy",
                  optimizer=keras.optimizers.Adam(learning_rate=learning_rate), metrics=["accuracy"])


def unfreeze_top(model, base) -> None:
    """Train the base's last UNFROZEN layers; recompile at a tenth of the learning rate."""
    base.trainable = True
    for layer in base.layers[:-UNFROZEN]:
        layer.trainable = False
    compile_model(model, LEARNING_RATE / 10)


def validation_quarter(test):
    """(the first quarter of the test set's batches, one at least; how many): note 001's validation_steps.

    A dataset of its own, so that each epoch validates on a fresh (reshuffled) pass from its start, as
    validation_steps did in TensorFlow 2; Keras 3 would go on where the last epoch stopped.
    """
    steps = max(1, int(VALIDATION_SHARE * len(test)))
    return test.take(steps), steps


def phases_figure(history: dict, epochs: int):
    """The joined history's accuracy and loss, a line at the first fine-tuning epoch (``epochs`` + 1)."""
    return training_curves(history, mark=epochs + 1)


def results_table(history: dict, epochs: int) -> str:
    """A markdown table: each phase's epochs and its final train/validation accuracy and loss."""
    total = len(history["loss"])
    phases = [(_("feature extraction"), 1, epochs), (_("fine-tuning"), epochs + 1, total)]
    lines = [row(_("phase"), _("epochs"), *METRICS), "|---" * (len(METRICS) + 2) + "|"]
    for name, first, last in phases:
        lines.append(row(name, f"{first}-{last}", *(f"{history[m][last - 1]:.4f}" for m in METRICS)))
    return "\n".join(lines) + "\n"


def transfer(data_dir, out="lab-output", fraction: float = 0.1, weights: str = "imagenet",
             epochs: int = 5, fine_tune_epochs: int = 5, image_size: int = 224,
             batch_size: int = 32, seed: int = 42, verbose: int = 1) -> dict:
    """Run the experiment on data_dir/train (a fraction) and data_dir/test; return the joined history.

    Each epoch is validated on a quarter of the test set (validation_quarter); the whole of it is
    evaluated at the end.
    """
    data_dir, out, weights = Path(data_dir), Path(out), base_weights(weights)
    import keras

    keras.utils.set_random_seed(seed)
    # Keras 3 warns that fit's shuffle does not apply to a tf.data.Dataset: the loader shuffles.
    warnings.filterwarnings("ignore", message="`shuffle=True` was passed")
    train_dir = subset(data_dir / "train", out / f"train_{fraction * 100:g}_percent", fraction, seed)
    train = load(train_dir, image_size, batch_size, seed=seed)
    test = load(data_dir / "test", image_size, batch_size, seed=seed)
    validation, steps = validation_quarter(test)
    with weights_download():
        model, base = build_model(len(train.class_names), image_size, weights)

    validated = _("validated each epoch on {steps} of the test set's {batches} batches ({share}, as note 001)").format(
        steps=steps, batches=len(test), share=f"{VALIDATION_SHARE:.0%}")
    print("\n" + _("feature extraction: {epochs} epochs, EfficientNetB0 frozen").format(epochs=epochs))
    print(validated)
    first = model.fit(train, epochs=epochs, validation_data=validation, verbose=verbose)
    unfreeze_top(model, base)
    start = first.epoch[-1] + 1
    print("\n" + _("fine-tuning: {epochs} epochs from epoch {first}, last {layers} base layers trainable, "
                   "learning rate {rate}").format(epochs=fine_tune_epochs, first=start + 1, layers=UNFROZEN,
                                                   rate=f"{LEARNING_RATE / 10:g}"))
    second = model.fit(train, epochs=start + fine_tune_epochs, initial_epoch=start,
                       validation_data=validation, verbose=verbose)
    tested = model.evaluate(test, return_dict=True, verbose=0)

    history = {m: first.history[m] + second.history[m] for m in METRICS}
    history["epoch"] = first.epoch + second.epoch
    phases_figure(history, epochs).savefig(out / "history.png", format="png")
    evaluated = _("the whole test set ({batches} batches) after fine-tuning: accuracy {accuracy}, loss {loss}").format(
        batches=len(test), accuracy=f"{tested['accuracy']:.4f}", loss=f"{tested['loss']:.4f}")
    write_results(out, f"{validated}\n\n{results_table(history, epochs)}\n{evaluated}\n", ["history.png"])
    return history
