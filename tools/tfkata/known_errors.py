"""Errors learners meet, and the lesson behind each.

Most are Keras 2 spellings from the notes, with what replaced them in Keras 3
(GRADERS.md §6); a few are classic mismatches whose Keras message hides the cause.
Many are a mistake with a name (GRADERS.md §8): a history key that is not there, a
metric under its Keras 2 name, a layer argument out of range. For those, MISTAKES gives
the mistake's headline, which a report shows instead of "your code raised X".
Messages are Keras 3.15's (tests/kit/test_messages.py raises each for real).
"""

from __future__ import annotations

import re

from .i18n import N_, _

_METRIC = r"(?:loss|acc|accuracy|\w+_accuracy|\w*crossentropy|mae|mse|mean_\w+_error|precision|recall|auc)"

# (pattern found in "ErrorType: message", the mistake's headline, lesson). The first match wins;
# the pattern's named groups fill in the headline and the lesson (marked N_, translated by mistake_for).
MISTAKES: tuple[tuple[str, str, str], ...] = (
    # what fit() recorded
    (r"^KeyError: '(?P<key>(?P<val>val_)?acc)'",
     N_("'{key}': not the name this metric was compiled under"),
     N_("logs and history name a metric as compile(metrics=[...]) spelt it: metrics=['accuracy'] "
        "records '{val}accuracy', the notes' metrics=['acc'] records '{val}acc' (Keras 3 takes both)")),
    (r"^KeyError: '(?P<key>(?P<val>val_)?lr)'",
     N_("'{key}': Keras 2's name for the logged learning rate"),
     N_("Keras 3's ReduceLROnPlateau and LearningRateScheduler log it as 'learning_rate': "
        "history.history['learning_rate']")),
    (r"^KeyError: '(?P<key>val_\w+)'",
     N_("'{key}' is not among the metrics fit() recorded"),
     N_("fit() records val_ keys only when given validation data (validation_data=... or validation_split=...), "
        "one per compiled metric")),
    (rf"^KeyError: '(?P<key>{_METRIC})'",
     N_("'{key}' is not among the metrics fit() recorded"),
     N_("a History holds 'loss' and each metric under the name given to compile(metrics=[...]): "
        "metrics=['accuracy'] records 'accuracy'")),
    (r"'History' object (?:is not subscriptable|has no attribute '(?!history)\w+')",
     N_("a History used as its dict"),
     N_("fit() returns a History object; its dict of lists is history.history, e.g. history.history['val_loss']")),
    (r"'dict' object has no attribute '(?P<attr>history|epoch|params)'",
     N_("a dict used as a History (.{attr})"),
     N_("this history is already the dict: read history['val_loss']; "
        "to take either, curves = getattr(history, 'history', history)")),
    # names Keras 3 does not know
    (r"^ValueError: Argument\(s\) not recognized: \{'lr'",
     N_("lr=: Keras 2's name for the learning rate"),
     N_("Keras 3: the optimizer argument lr= is now learning_rate=, e.g. RMSprop(learning_rate=0.001)")),
    (r"Could not interpret metric identifier: (?P<name>[^\n]+)",
     N_("metric '{name}' is not a Keras 3 metric"),
     N_("use a Keras name, metrics=['accuracy'] (or 'mae', 'mse', 'binary_crossentropy'), "
        "or an object such as keras.metrics.AUC()")),
    (r"Could not interpret loss identifier: (?P<name>[^\n]+)",
     N_("loss '{name}' is not a Keras 3 loss"),
     N_("use a Keras name: 'binary_crossentropy', 'categorical_crossentropy', 'sparse_categorical_crossentropy', "
        "'mse'; or an object: keras.losses.BinaryCrossentropy()")),
    (r"Could not interpret optimizer identifier: <class '[\w.]*?(?P<name>\w+)'>",
     N_("optimizer {name} given as a class"),
     N_("pass an instance, keras.optimizers.{name}() with the parentheses, or its name as a string")),
    (r"Could not interpret optimizer identifier: (?P<name>[^\n]+)",
     N_("optimizer '{name}' is not a Keras 3 optimizer"),
     N_("use 'adam', 'sgd' or 'rmsprop', or an instance such as keras.optimizers.Adam(learning_rate=0.001)")),
    (r"Could not interpret activation function identifier: (?P<name>[^\n]+)",
     N_("activation '{name}' is not a Keras activation"),
     N_("activations are lower-case names: 'relu', 'sigmoid', 'softmax', 'tanh'; leave it out (or None) for none")),
    (r"Could not interpret (?P<kind>regularizer|initializer) identifier: (?P<name>[^\n]+)",
     N_("{kind} '{name}' is not a Keras {kind}"),
     N_("use an object, such as keras.regularizers.L2(0.001) or keras.initializers.GlorotUniform(), "
        "or its snake_case name ('l2', 'glorot_uniform')")),
    (r"Expected `metrics` argument to be a list, tuple, or dict",
     N_("metrics given as one string"),
     N_("metrics is a list, even of one: compile(..., metrics=['accuracy'])")),
    (r"^TypeError: (?P<what>\w+)\.__init__\(\) got an unexpected keyword argument '(?P<arg>\w+)'",
     N_("{what}({arg}=...): no such argument"),
     N_("check the argument's name: help({what}) lists those it takes (TensorBoard takes log_dir, not logdir)")),
    # arguments out of range
    (r"Invalid value received for argument `rate`\. Expected a float value between 0 and 1\. Received: rate=(?P<value>\S+)",
     N_("Dropout rate {value}: not between 0 and 1"),
     N_("rate is the fraction of inputs dropped while training: Dropout(0.2) drops 20 %, Dropout(0.5) half")),
    (r"invalid value for (?:argument )?`units`, expected a positive integer[.,] (?:Received: units=|got )(?P<value>[^\s.]+(?:\.\d+)?)",
     N_("units={value}: not a positive whole number"),
     N_("units is how many outputs the layer has: a positive int, e.g. Dense(1) for one number "
        "(int(...) around a computed size)")),
    (r"Invalid value for argument `filters`\. Expected a strictly positive value\. Received filters=(?P<value>-?\d+)",
     N_("filters={value}: not a positive number"),
     N_("filters is how many feature maps a convolution makes: a positive int, e.g. Conv2D(32, 3)")),
    (r"`(?P<arg>input_dim|output_dim)` must be a positive integer\. Received: \w+=(?P<value>\S+)",
     N_("Embedding {arg}={value}: not a positive whole number"),
     N_("Embedding(input_dim, output_dim): the vocabulary size and the vector size, both positive ints, "
        "e.g. Embedding(10000, 16)")),
    (r"The `(?P<arg>kernel_size|pool_size|strides)` argument must be a tuple of \d integers\. Received \w+=(?P<value>[^,]+)",
     N_("{arg}={value}: not a size"),
     N_("sizes are positive ints, or tuples of them: kernel_size=3 or (3, 3), pool_size=2")),
    (r"The `factor` argument should be a number \(or a list of two numbers\) in the range "
     r"(?P<range>\[[-\d., ]+\])\. Received: (?:factor|input_number)=(?P<value>\S+)",
     N_("factor {value}: outside {range}"),
     N_("augmentation factors are fractions, not degrees or pixels: RandomRotation(0.2) turns by up to "
        "0.2 x 360 = 72 degrees")),
    (r"The `height_factor` and `width_factor` arguments should be a number .* Received: input_number=(?P<value>\S+)",
     N_("zoom factor {value}: outside (-1, 1]"),
     N_("zoom factors are fractions: RandomZoom(0.2) zooms in or out by up to 20 %")),
    (r"Invalid value for argument (?P<arg>l1|l2): expected a non-negative float\.\s*Received: \w+=(?P<value>\S+)",
     N_("{arg}={value}: not a non-negative number"),
     N_("a regularizer takes its factor as a number: keras.regularizers.L2(0.001), not a string")),
    (r"Argument `learning_rate` should be float.*Received instead: learning_rate=(?P<value>\S+)",
     N_("learning_rate={value}: not a positive float"),
     N_("the learning rate is a small positive number: keras.optimizers.Adam(learning_rate=0.001)")),
    # shapes
    (r"Cannot convert '(?P<value>[^']*)' to a shape",
     N_("shape {value}: not a tuple"),
     N_("a shape is a tuple, even of one number: keras.Input(shape=(4,)), with the comma")),
    (r'can only concatenate tuple \(not "int"\) to tuple',
     N_("a tuple + a number"),
     N_("add a one-item tuple: image_size + (3,), with the comma")),
    (r"expected axis -1 of input shape to have value (?P<want>\d+), but received input with shape (?P<got>\([^)]*\))",
     N_("input of shape {got} for a model that wants {want} features"),
     N_("keras.Input(shape=...) is one example's shape: the data's shape without the batch axis")),
    (r"of layer '(?P<layer>[^']+)' is incompatible with the layer: expected shape=(?P<want>\([^)]*\)), "
     r"found shape=(?P<got>\([^)]*\))",
     N_("input of shape {got} into {layer}, which was built for {want}"),
     N_("a layer or a pretrained base is built for one input shape: make it and keras.Input from the same one, "
        "e.g. both with image_shape + (3,)")),
    (r"Expected shape (?P<want>\([^)]*\)), but input has incompatible shape (?P<got>\([^)]*\))",
     N_("input of shape {got} for a model that wants {want}"),
     N_("models take batches: a single example needs a batch axis (x[None]), and its shape must match keras.Input")),
    (r"x and y must have same first dimension, but have shapes \((?P<x>\d+),?\) and \((?P<y>\d+),?\)",
     N_("{x} x values against {y} y values in one plot"),
     N_("plot each curve against its own epochs: range(1, len(values) + 1), since runs stopped early have fewer")),
    (r"of layer '(?P<layer>\w+)' is incompatible with the layer: expected ndim=(?P<want>\d+), found ndim=(?P<got>\d+)",
     N_("a {got}-D input into {layer}, which takes {want}-D"),
     N_("each layer takes a certain rank, e.g. GlobalAveragePooling2D (batch, height, width, channels): "
        "check the shapes with model.summary()")),
    # models and training
    (r"You must call `compile\(\)` before using the model",
     N_("the model was never compiled"),
     N_("call model.compile(optimizer=..., loss=..., metrics=[...]) before fit() or evaluate()")),
    (r"isn't built\. You can build it manually",
     N_("a model that does not know its input shape yet"),
     N_("start it with keras.Input(shape=...) so that its weights exist before you count or read them")),
    (r"Only instances of `keras\.Layer` can be added to a Sequential model\. Received: (?P<value>.+?) "
     r"\(of type <class '(?P<type>\w+)'>\)",
     N_("{value} (a {type}) in a Sequential"),
     N_("a Sequential takes layer objects: keras.layers.Dense(16, activation='relu'), not strings or numbers")),
    (r"is not connected to `inputs`",
     N_("outputs not computed from the model's inputs"),
     N_("keras.Model(inputs, outputs): build outputs by calling layers on those same inputs")),
    (r"The output of the `schedule` function should be a float\. Got: (?P<value>[^\n]+)",
     N_("schedule returned {value}"),
     N_("a LearningRateScheduler's schedule(epoch, lr) returns the new rate as a float, on every path")),
    (r"Argument `validation_split` is only supported for tensors or NumPy arrays",
     N_("validation_split with a Dataset"),
     N_("validation_split slices arrays only: pass a Dataset's validation data as validation_data=...")),
    (r"When providing `x` as a tf\.data\.Dataset, `y` should not be passed",
     N_("y passed with a Dataset"),
     N_("a Dataset carries its labels: fit(dataset), without y")),
    # data
    (r"If using `validation_split` and shuffling the data, you must provide a `seed`",
     N_("validation_split without a seed"),
     N_("give both calls the same validation_split and seed: the files are shuffled with the seed, then split")),
    (r"If `subset` is set, `validation_split` must be set",
     N_("subset without validation_split"),
     N_("subset='training' or 'validation' goes with validation_split=0.2 (and a seed)")),
    (r'`subset` must be either "training", "validation" or "both", received: (?P<value>\S+)',
     N_("subset='{value}'"),
     N_("subset is 'training' or 'validation' (or 'both', which returns the two)")),
    (r"`label_mode` argument must be one of .* Received: label_mode=(?P<value>\S+)",
     N_("label_mode='{value}'"),
     N_("label_mode is 'int' (class indices), 'categorical' (one-hot) or 'binary' (one 0/1 float)")),
    (r"in user code:.*missing 1 required positional argument: '(?P<arg>\w+)'",
     N_("map() function with an argument too many ('{arg}')"),
     N_("map() passes each element as it is: two arguments for (x, y) pairs, one (the dict) for dictionaries")),
    (r"Incompatible dataset elements",
     N_("two datasets with different element types"),
     N_("concatenate and mix only datasets alike: cast both the same way (features float32, labels int32)")),
    (r"Attempt to convert a value \(\{.*\) with an unsupported type \(<class 'dict'>\) to a Tensor",
     N_("a list of dicts into from_tensor_slices"),
     N_("from_tensor_slices takes arrays, or a dict of arrays: one array per column, not one dict per row")),
    (r"'size' must be a 1-D Tensor of 2 elements",
     N_("a resize size that is not (height, width)"),
     N_("tf.image.resize(images, (height, width)): the size is a pair")),
    (r"Cannot convert [\d.]+ to EagerTensor of dtype int64",
     N_("a float where tf.data wants a whole number"),
     N_("batch sizes, buffer sizes and counts are ints: int(...) a computed one")),
    (r"invalid literal for int\(\) with base 10: '(?P<value>[A-Za-z_][^']*)'",
     N_("the word '{value}' read as a number"),
     N_("a CSV's first row holds the column names: read it with csv.DictReader (or skip it), then convert")),
    (r"could not convert string to float: ''",
     N_("an empty cell read as a number"),
     N_("a missing value is an empty string: give it a default, float(value or 0.0)")),
    (r"index (?P<index>\d+) is out of bounds for axis 1 with size (?P<size>\d+)",
     N_("class {index} of only {size}"),
     N_("classes count from 0: every label must be below num_classes")),
    (r"axis (?P<axis>\d+) is out of bounds for array of dimension (?P<ndim>\d+)",
     N_("axis={axis} on an array of {ndim} dimension(s)"),
     N_("check the array's shape first: one sigmoid unit gives (N, 1) or (N,), softmax gives (N, classes)")),
    # pretrained bases
    (r"Input size must be at least 32x32",
     N_("an image size under 32x32"),
     N_("the pretrained bases take images of at least 32x32: input_shape=image_size + (3,)")),
    (r"The `weights` argument should be either `None`.*Received:? `?weights=(?P<value>[^`\s]+)",
     N_("weights={value}"),
     N_("weights is None, 'imagenet' (lower case) or a file: pass the function's weights argument through")),
    (r'If using `weights="imagenet"` with `include_top` as true, `classes` should be 1000',
     N_("include_top=True with your own number of classes"),
     N_("ImageNet's top has 1000 classes: use include_top=False and put your own head on the base")),
    (r"File format not supported: filepath=\S+\. Keras 3 only supports",
     N_("a weights file Keras 3 cannot read"),
     N_("Keras 3: weight files end in .weights.h5 (whole models in .keras)")),
    # counts
    (r"^TypeError: 'float' object cannot be interpreted as an integer",
     N_("a float used as a count"),
     N_("counts are ints: steps_per_epoch=math.ceil(samples / 32) or len(dataset), not samples / 32 "
        "(Keras 3 raises where Keras 2 rounded)")),
)

# (pattern found in the error text, lesson). The first match wins.
REPLACEMENTS: tuple[tuple[str, str], ...] = (
    (r"^SystemExit:",
     N_("an exercise returns its answer: sys.exit() or exit() ends the program and the grader gets nothing")),
    (r"^MemoryError",
     N_("the graders' data is tiny: an allocation this large means a shape, a loop or a copy is wrong")),
    (r"^(Skipped|XFailed|Exit|Failed):",
     N_("pytest's skip/xfail/exit/fail belong to graders: an exercise returns its answer or raises its own error")),
    (r"has no attribute 'experimental'",
     N_("Keras 3: layers.experimental.preprocessing.X is now keras.layers.X (e.g. keras.layers.RandomFlip)")),
    (r"has no attribute 'fit_generator'",
     N_("Keras 3: fit_generator() is gone; model.fit() takes generators and datasets")),
    (r"has no attribute 'predict_classes'",
     N_("Keras 3: predict_classes() is gone; use np.argmax(model.predict(x), axis=1), "
        "or a threshold for one sigmoid unit")),
    (r"has no attribute 'output_shape'",
     N_("Keras 3: layer.output_shape is gone; use layer.output.shape")),
    (r"must end in `?\.weights\.h5",
     N_("Keras 3: weight files must end in .weights.h5 (whole models in .keras)")),
    (r"Invalid filepath extension for saving",
     N_("Keras 3: save a whole model to a path ending in .keras (folders and the TF SavedModel format are gone)")),
    (r"has no attribute 'image_dataset_from_directory'",
     N_("Keras 3: use keras.utils.image_dataset_from_directory")),
    (r"has no attribute 'Random(Height|Width)'",
     N_("Keras 3 removed RandomHeight/RandomWidth: stretch with RandomZoom(height_factor=0.2, width_factor=0.0) "
        "or RandomZoom(height_factor=0.0, width_factor=0.2)")),
    (r"`input_shape` must be a tuple of three integers",
     N_("a pretrained base takes image size + channels: input_shape=image_size + (3,)")),
    (r"cannot import name 'ImageDataGenerator'",
     N_("Keras 3: ImageDataGenerator is legacy: tf.keras.preprocessing.image.ImageDataGenerator; "
        "new code uses keras.utils.image_dataset_from_directory")),
    (r"JSONDecodeError: Extra data",
     N_("a .jsonl file holds one JSON object per line: json.loads(line) for each line, not json.load(file)")),
    (r"`target` and `output` must have the same (rank|shape)",
     N_("labels and loss disagree: integer labels need sparse_categorical_crossentropy, "
        "one-hot labels categorical_crossentropy")),
)


def _text(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def mistake_for(error: BaseException) -> tuple[str, str] | None:
    """(the mistake's headline, its lesson) if this error is a known, named mistake."""
    text = _text(error)
    for pattern, headline, lesson in MISTAKES:
        match = re.search(pattern, text, re.S)
        if match:
            found = {k: (v or "").strip().strip("'\"") for k, v in match.groupdict().items()}
            return _(headline).format(**found), _(lesson).format(**found)
    return None


def lesson_for(error: BaseException) -> str | None:
    """The lesson behind this error, if it is a known one."""
    named = mistake_for(error)
    if named:
        return named[1]
    text = _text(error)
    for pattern, lesson in REPLACEMENTS:
        if re.search(pattern, text):
            return _(lesson)
    return None
