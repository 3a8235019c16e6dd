"""Errors learners meet, and the lesson behind each.

Most are Keras 2 spellings from the notes, with what replaced them in Keras 3
(GRADERS.md §6); a few are classic mismatches whose Keras message hides the cause.
"""

from __future__ import annotations

import re

# (pattern found in the error text, lesson). The first match wins.
REPLACEMENTS: tuple[tuple[str, str], ...] = (
    (r"^SystemExit:",
     "an exercise returns its answer: sys.exit() or exit() ends the program and the grader gets nothing"),
    (r"^MemoryError",
     "the graders' data is tiny: an allocation this large means a shape, a loop or a copy is wrong"),
    (r"^(Skipped|XFailed|Exit|Failed):",
     "pytest's skip/xfail/exit/fail belong to graders: an exercise returns its answer or raises its own error"),
    (r"not recognized: \{'lr'",
     "Keras 3: the optimizer argument lr= is now learning_rate=, e.g. RMSprop(learning_rate=0.001)"),
    (r"has no attribute 'experimental'",
     "Keras 3: layers.experimental.preprocessing.X is now keras.layers.X (e.g. keras.layers.RandomFlip)"),
    (r"has no attribute 'fit_generator'",
     "Keras 3: fit_generator() is gone; model.fit() takes generators and datasets"),
    (r"has no attribute 'predict_classes'",
     "Keras 3: predict_classes() is gone; use np.argmax(model.predict(x), axis=1), or a threshold for one sigmoid unit"),
    (r"has no attribute 'output_shape'",
     "Keras 3: layer.output_shape is gone; use layer.output.shape"),
    (r"must end in `?\.weights\.h5",
     "Keras 3: weight files must end in .weights.h5 (whole models in .keras)"),
    (r"Invalid filepath extension for saving",
     "Keras 3: save a whole model to a path ending in .keras (folders and the TF SavedModel format are gone)"),
    (r"has no attribute 'image_dataset_from_directory'",
     "Keras 3: use keras.utils.image_dataset_from_directory"),
    (r"has no attribute 'Random(Height|Width)'",
     "Keras 3 removed RandomHeight/RandomWidth: stretch with RandomZoom(height_factor=0.2, width_factor=0.0) "
     "or RandomZoom(height_factor=0.0, width_factor=0.2)"),
    (r"`input_shape` must be a tuple of three integers",
     "a pretrained base takes image size + channels: input_shape=image_size + (3,)"),
    (r"cannot import name 'ImageDataGenerator'",
     "Keras 3: ImageDataGenerator is legacy: tf.keras.preprocessing.image.ImageDataGenerator; "
     "new code uses keras.utils.image_dataset_from_directory"),
    (r"KeyError: 'acc'",
     "Keras 3 names the metric 'accuracy' in logs and history (Keras 2 wrote 'acc')"),
    (r"JSONDecodeError: Extra data",
     "a .jsonl file holds one JSON object per line: json.loads(line) for each line, not json.load(file)"),
    (r"`target` and `output` must have the same (rank|shape)",
     "labels and loss disagree: integer labels need sparse_categorical_crossentropy, "
     "one-hot labels categorical_crossentropy"),
)


def lesson_for(error: BaseException) -> str | None:
    """The lesson behind this error, if it is a known one."""
    text = f"{type(error).__name__}: {error}"
    for pattern, lesson in REPLACEMENTS:
        if re.search(pattern, text):
            return lesson
    return None
