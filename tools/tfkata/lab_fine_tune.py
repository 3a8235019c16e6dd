"""The fine-tuning lab: notes 000/002's experiment, run with the learner's own transfer functions.

Note 002's alpaca model (data_augmenter, alpaca_model: a frozen MobileNetV2 with one
logit out) learns two classes of images by feature extraction; then fine_tune unfreezes
the base from layer 120 (note 002) or 100 (note 000) at a tenth of the learning rate,
and training continues from the last epoch. Writes history.png (accuracy and loss, the
start of fine-tuning marked) and results.md, the measured numbers beside the notes'.
Keras is imported where it is used.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np

from .i18n import N_, _
from .lab import (METRICS, NOT_REPORTED, base_weights, learner_functions, load, phases_figure, row,
                  weights_download, write_results)
from .lab import results_table as phase_table
from .lab_fundamentals import DataMissing  # here: the image folder is missing or not as the lab reads it

BASE_LEARNING_RATE = 0.001  # note 002's base_learning_rate
VALIDATION_SPLIT = 0.2  # note 002's image_dataset_from_directory
FUNCTIONS = ("data_augmenter", "alpaca_model", "find_base", "fine_tune")

# What notes 000 and 002 set and report, beside this run's settings and numbers (translated where shown).
NOTE_SETTINGS = {
    N_("image size"): ("160", "160"),
    N_("batch size"): (NOT_REPORTED, "32"),
    "fine_tune_at": ("100", "120"),
    N_("base learning rate"): (N_("not reported (RMSprop(lr=base_learning_rate/10))"),
                               "0.001 (Adam(0.1 * base_learning_rate))"),
    N_("feature-extraction epochs"): (NOT_REPORTED, "10 (initial_epochs)"),
    N_("fine-tuning epochs"): (NOT_REPORTED, NOT_REPORTED),
}
NOTE_MEASURES = {
    N_("base layers"): (N_("not reported (prints len(base_model.layers))"), NOT_REPORTED),
    N_("trainable variables after fine-tuning"): (N_("not reported (prints len(model.trainable_variables))"),
                                                  NOT_REPORTED),
    N_("validation accuracy after feature extraction"): (NOT_REPORTED, NOT_REPORTED),
    N_("validation accuracy after fine-tuning"): (NOT_REPORTED, NOT_REPORTED),
    N_("validation loss after fine-tuning"): (NOT_REPORTED, NOT_REPORTED),
}


def _layout(folder: Path) -> str:
    return _("put two class folders of images in {folder}: {folder}/<class>/* (80/20 split for validation, "
             "as note 002 does) or {folder}/train/<class>/* and {folder}/validation/<class>/* "
             "(tfkata lab make-data {folder} --classes 2 makes a small set)").format(folder=folder)


def _classes(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []


def folders(data_dir) -> tuple[Path, Path | None]:
    """(training folder, validation folder): DIR/train and DIR/validation (or DIR/test), else (DIR, None),
    split 80/20. DataMissing unless the training folder holds exactly two class folders."""
    data_dir = Path(data_dir)
    validation = next((data_dir / name for name in ("validation", "test") if (data_dir / name).is_dir()), None)
    train = data_dir / "train" if (data_dir / "train").is_dir() and validation else data_dir
    if not data_dir.is_dir():
        raise DataMissing(_("no folder {folder}: ").format(folder=data_dir) + _layout(data_dir))
    if len(_classes(train)) != 2 or (validation and _classes(validation) != _classes(train)):
        raise DataMissing(_("{folder} has class folders {classes}: ").format(
            folder=train, classes=", ".join(_classes(train)) or "-") + _layout(data_dir))
    return train, validation


def _datasets(train: Path, validation: Path | None, image_size: int, batch_size: int, seed: int):
    """Integer-labelled batches, as note 002 loads them: a seeded 80/20 split of one folder, or two folders."""
    if validation is not None:
        return (load(train, image_size, batch_size, seed=seed, label_mode="int"),
                load(validation, image_size, batch_size, seed=seed, label_mode="int"))
    return tuple(load(train, image_size, batch_size, seed=seed, label_mode="int",
                      validation_split=VALIDATION_SPLIT, subset=subset) for subset in ("training", "validation"))


def results_table(settings: dict, measured: dict, history: dict, epochs: int) -> str:
    """Markdown: this run's settings and numbers beside notes 000 and 002's, then each phase's last epoch."""
    notes = [_("note {number}").format(number=number) for number in ("000", "002")]
    lines = [row(_("setting"), _("this run"), *notes), "|---|---|---|---|"]
    lines += [row(_(name), settings[name], *map(_, NOTE_SETTINGS[name])) for name in NOTE_SETTINGS]
    lines += ["", row(_("measure"), _("measured"), *notes), "|---|---|---|---|"]
    for name, value in measured.items():
        shown = f"{value:.4f}" if isinstance(value, float) else value
        lines.append(row(_(name), shown, *map(_, NOTE_MEASURES[name])))
    return "\n".join(lines) + "\n\n" + phase_table(history, epochs)


def fine_tune(data_dir, target: Path, out="lab-output", weights: str = "imagenet", fine_tune_at: int = 120,
              epochs: int = 10, fine_tune_epochs: int = 10, image_size: int = 160, batch_size: int = 32,
              seed: int = 42, verbose: int = 1) -> dict:
    """Feature extraction, then fine-tuning from base layer `fine_tune_at`, with the functions of `target`."""
    train_dir, validation_dir = folders(data_dir)
    out, weights = Path(out), base_weights(weights)
    fn = learner_functions(target, "transfer", FUNCTIONS)
    import keras

    out.mkdir(parents=True, exist_ok=True)
    keras.utils.set_random_seed(seed)
    warnings.filterwarnings("ignore", message="`shuffle=True` was passed")
    augmentation = fn["data_augmenter"]()
    train, validation = _datasets(train_dir, validation_dir, image_size, batch_size, seed)
    with weights_download():
        model = fn["alpaca_model"]((image_size, image_size), augmentation, weights)
    name = next((layer.name for layer in model.layers if layer.name.startswith("mobilenetv2")), "mobilenetv2")
    base, layers = fn["find_base"](model, name)

    print("\n" + _("feature extraction: {epochs} epochs, {base} frozen ({layers} layers)").format(
        epochs=epochs, base=name, layers=layers))
    first = model.fit(train, epochs=epochs, validation_data=validation, verbose=verbose)
    model = fn["fine_tune"](model, base, fine_tune_at, BASE_LEARNING_RATE) or model
    start = first.epoch[-1] + 1
    rate = float(np.asarray(model.optimizer.learning_rate))
    variables = len(model.trainable_variables)
    print("\n" + _("fine-tuning: {epochs} epochs from epoch {first}, base layers from {at} on trainable "
                   "({variables} trainable variables), learning rate {rate}").format(
        epochs=fine_tune_epochs, first=start + 1, at=fine_tune_at, variables=variables, rate=f"{rate:g}"))
    second = model.fit(train, epochs=start + fine_tune_epochs, initial_epoch=start,
                       validation_data=validation, verbose=verbose)

    history = {m: first.history[m] + second.history[m] for m in METRICS}
    history["epoch"] = first.epoch + second.epoch
    phases_figure(history, epochs).savefig(out / "history.png", format="png")
    settings = {"image size": image_size, "batch size": batch_size, "fine_tune_at": fine_tune_at,
                "base learning rate": _("{base} (fine-tuning: {rate})").format(
                    base=f"{BASE_LEARNING_RATE:g}", rate=f"{rate:g}"),
                "feature-extraction epochs": epochs,
                "fine-tuning epochs": _("{epochs} (from epoch {first})").format(
                    epochs=fine_tune_epochs, first=start + 1)}
    measured = {"base layers": layers, "trainable variables after fine-tuning": variables,
                "validation accuracy after feature extraction": first.history["val_accuracy"][-1],
                "validation accuracy after fine-tuning": second.history["val_accuracy"][-1],
                "validation loss after fine-tuning": second.history["val_loss"][-1]}
    write_results(out, results_table(settings, measured, history, epochs), ["history.png"])
    return history
