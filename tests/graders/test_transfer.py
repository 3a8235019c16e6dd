"""Graders for the transfer-learning section (notes 000, 001, 002, 004; 003 tutorial2).

Bases are built with weights=None (nothing is downloaded); counts and shapes are the
same as with ImageNet weights (GRADERS.md §5).
"""

import functools
import inspect
import itertools
import os
from pathlib import Path

import keras
import numpy as np
import pytest
import tensorflow as tf
from hypothesis import example, given, settings, strategies as st
from tfkata import checks, remote, toydata
from tfkata.i18n import N_, _
from tfkata.problems import Mistake

L = keras.layers
exercise = pytest.mark.exercise

# name -> (layer-name prefix, layers, channels of its feature maps)
BASES = {  # name prefix, layers, output channels, parameters (without top, any input size: GRADERS.md section 5)
    "MobileNetV2": ("mobilenetv2", 154, 1280, 2_257_984),
    "EfficientNetB0": ("efficientnetb0", 237, 1280, 4_049_571),
    "VGG16": ("vgg16", 19, 512, 14_714_688),
}
BASE_SIZE = (64, 96)  # the image size the tests ask for a base at: not the default (160, 160), and not square
# A weights file that is not there: keras.applications refuses it at once (ValueError), before
# building anything, so it tells cheaply whether a function passes its weights argument through.
NO_SUCH_WEIGHTS = os.path.join(os.sep, "tfkata-no-such-folder", "weights-probe.weights.h5")


def expect_weights_passed(build, network: str) -> None:
    """``build(weights)`` hands ``weights`` to keras.applications (the graders' None alone cannot tell)."""
    try:
        build(NO_SUCH_WEIGHTS)
    except Exception as error:  # the kit hands on the learner's errors as lessons that say what was raised
        if "ValueError" in remote.raised(error) and "weights" in str(error):
            return
        raise
    raise Mistake(_("weights"), _("weights={path} ignored (a model came back)").format(path=repr(NO_SUCH_WEIGHTS)),
                  _("keras.applications.{network}(..., weights=weights), which refuses a file that is not "
                    "there").format(network=network),
                  _("pass the weights argument through: the graders give None, at home it is 'imagenet'"))


@functools.lru_cache(maxsize=None)
def mobilenet(size=32):
    """A MobileNetV2 base, built once per worker (fine_tune's graders re-freeze it whole through headed()): its
    154 layers as the notes' has them, a third as wide (``alpha``), a fifth of the weights to send when judged apart."""
    return keras.applications.MobileNetV2(input_shape=(size, size, 3), include_top=False, weights=None, alpha=0.35)


def warm_up():
    """Called by a worker waiting for its grading (tfkata.warm): builds the shared MobileNetV2, and an
    EfficientNetB0 once, whose first build in a process costs twice what the next one does."""
    mobilenet()
    keras.applications.EfficientNetB0(input_shape=(32, 32, 3), include_top=False, weights=None)


def learner_models():
    """Built ahead in a learner process judged apart (tfkata.warm): the MobileNetV2 that fine_tune's, fine_tune_frozen_bn's
    and find_base's graders each send once, which the learner process would otherwise rebuild (a second each)."""
    return [mobilenet.__wrapped__] * 3


def headed(base, units, activation=None, optimizer=None, loss=None, augment=False):
    """A compiled model: base(training=False) -> GlobalAveragePooling2D -> Dense(units); with ``augment``, note 002's
    augmentation Sequential before the base (the model's first nested model, not the base)."""
    base.trainable = False
    inputs = keras.Input(base.input_shape[1:])
    x = keras.Sequential([L.RandomFlip("horizontal")], name="augment")(inputs) if augment else inputs
    outputs = L.Dense(units, activation=activation)(L.GlobalAveragePooling2D()(base(x, training=False)))
    model = keras.Model(inputs, outputs)
    accuracy = "accuracy" if loss else keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")  # one logit
    model.compile(optimizer=optimizer or keras.optimizers.RMSprop(learning_rate=0.001),
                  loss=loss or keras.losses.BinaryCrossentropy(from_logits=True), metrics=[accuracy])
    return model


# ------------------------------------------------------------ bases and features

@exercise("transfer.pretrained_base")
@pytest.mark.parametrize("name", BASES)
def test_pretrained_base(learner, name):
    prefix, layers, channels, params = BASES[name]
    size = BASE_SIZE  # height first, then width
    remote.prebuild(functools.partial(getattr(keras.applications, name), input_shape=(*size, 3), include_top=False,
                                      weights=None))
    base = checks.expect_model(learner(name, image_size=size, weights=None))
    if not base.name.startswith(prefix):
        raise Mistake(_("network"), base.name, name, _("build keras.applications.{network}").format(network=name))
    if tuple(base.inputs[0].shape) != (None, *size, 3):  # inputs[0]: base.input is a list after input_tensor=
        raise Mistake(_("input shape for image_size={size}").format(size=size), tuple(base.inputs[0].shape),
                      (None, *size, 3), "input_shape=image_size + (3,)")
    output = (None, size[0] // 32, size[1] // 32, channels)  # each base halves its input 5 times
    if tuple(base.outputs[0].shape) != output:
        raise Mistake(_("output shape"), tuple(base.outputs[0].shape), output,
                      _("include_top=False leaves out the ImageNet classifier: the base outputs feature maps"))
    if len(base.layers) != layers:
        raise Mistake(_("layers"), len(base.layers), layers,
                      _("the whole {network} without its top, as keras.applications builds it").format(network=name))
    if base.count_params() != params:
        raise Mistake(_("parameters"), f"{base.count_params():,}", f"{params:,}",
                      _("the whole {network} without its top, as keras.applications builds it: its default width "
                        "(alpha) and settings").format(network=name))
    frozen = sum(not layer.trainable for layer in [base, *base.layers])
    if frozen:
        raise Mistake(_("frozen layers"), frozen, 0,
                      _("return the base as keras.applications builds it, trainable: whoever uses it decides what "
                        "to freeze (extract_features, alpaca_model, fine_tune)"))
    expect_weights_passed(lambda weights: learner(name, image_size=size, weights=weights), name)


@exercise("transfer.extract_features")
def test_extract_features(learner):
    # A stand-in base, not MobileNetV2: a random-weight MobileNetV2 outputs values near 1e-12, where mean,
    # max and sum all look alike; this one's maps are of order 0.1-1 and differ across height and width,
    # and its Dropout changes them whenever the base runs in training mode, frozen or not.
    base = keras.Sequential([keras.Input((None, None, 3)), L.Conv2D(6, 3), L.BatchNormalization(), L.ReLU(),
                             L.Dropout(0.5), L.Conv2D(5, 1)], name="stand_in_base")
    images = np.random.default_rng(0).uniform(-1, 1, (3, 7, 9, 3)).astype("float32")
    features = checks.expect_instance(learner(base, images), np.ndarray,
                                      _("return a NumPy array: np.asarray(features), or features.numpy() for a tensor"))
    if features.shape != (3, 5):
        raise Mistake(_("features shape for 3 images and a base of 5 channels"), features.shape, (3, 5),
                      _("pool each feature map to one number: GlobalAveragePooling2D gives one vector per image"))
    many = np.shape(learner(base, np.repeat(images, 14, axis=0)))  # 42 images: more than a batch of 32
    if many != (42, 5):
        raise Mistake(_("features shape for 42 images"), many, (42, 5),
                      _("one row per image, all of them: run the base on the whole array (or keep every batch's rows)"))
    one = np.shape(learner(base, images[:1]))
    if one != (1, 5):
        raise Mistake(_("features shape for 1 image"), one, (1, 5),
                      _("one row per image, even for a single image: keep the batch axis (no np.squeeze)"))
    if checks.trainable_counts(base)[0]:  # each layer frozen will do: the docstring asks for no trainable variable
        raise Mistake(_("base"), _("trainable"), _("frozen"),
                      _("a feature extractor is not trained: base.trainable = False"))
    expected = np.asarray(base(images, training=False)).mean(axis=(1, 2))
    if not np.allclose(features, expected, rtol=1e-4, atol=1e-5):
        worst = int(np.abs(features - expected).max(axis=1).argmax())
        raise Mistake(_("features of image {index}").format(index=worst), np.round(features[worst], 3).tolist(),
                      np.round(expected[worst], 3).tolist(),
                      _("the base in inference mode, each map averaged over height and width: "
                        "GlobalAveragePooling2D()(base(images, training=False))"))


@exercise("transfer.pool_two_ways")
@pytest.mark.parametrize("shape", [(3, 4, 6, 5), (2, 7, 3, 1)])  # not square; one channel; the mean != max, sum, median
def test_pool_two_ways(learner, shape):
    rng = np.random.default_rng(sum(shape))
    maps = rng.uniform(0, 1, shape).astype("float32")
    maps[:, 0, -1] += 10.0  # one tall value per map, in a corner: a max or a sum is far from the mean
    expected = maps.mean(axis=(1, 2))
    pair = checks.expect_tuple(learner(maps), "(by_layer, by_mean)",
                               _("return both results, the layer's and tf.reduce_mean's"))
    for name, found in zip(("by_layer", "by_mean"), pair):
        found = checks.expect_instance(found, np.ndarray, _("{name}: a NumPy array, np.asarray(...)").format(name=name))
        if found.shape != expected.shape:
            raise Mistake(_("{name} shape for maps {shape}").format(name=name, shape=shape), found.shape,
                          expected.shape,
                          _("one number per channel and image: the mean over axes 1 and 2 (height and width)"))
        if not np.allclose(found, expected, rtol=1e-5, atol=1e-5):
            row = int(np.abs(found - expected).max(axis=1).argmax())
            raise Mistake(_("{name} of image {index}").format(name=name, index=row),
                          np.round(found[row].astype(float), 3).tolist(),
                          np.round(expected[row].astype(float), 3).tolist(),
                          _("the mean over height and width: GlobalAveragePooling2D(), "
                            "or tf.reduce_mean(x, axis=[1, 2])"))


# ------------------------------------------------------------ augmentation and scaling


def factor(value):
    """A factor as the layer reads it: 0.2 and (-0.2, 0.2) are both 0.2; another range, e.g. (0.0, 0.2), which
    changes images one way only, stays the pair (low, high)."""
    if value is None:
        return 0.0
    if np.ndim(value) == 0:
        return abs(float(value))
    low, high = (float(bound) for bound in value)
    return high if low == -high else (low, high)


def augmentation_kind(layer) -> tuple:
    """What an augmentation layer does, however it is written; on images laid out channels first, said."""
    kind = _augmentation_kind(layer)
    return (*kind, 'data_format="channels_first"') if layer.get_config().get("data_format") == "channels_first" else kind


def _augmentation_kind(layer) -> tuple:
    config = layer.get_config()
    name = type(layer).__name__
    if name == "RandomFlip":
        return ("flip", config["mode"])
    if name == "RandomRotation":
        return ("rotate", factor(config["factor"]))
    if name == "RandomZoom":
        height, width = factor(config["height_factor"]), config["width_factor"]
        if width is None:
            return ("zoom", height)
        width = factor(width)
        return ("zoom", height) if height == width else ("height", height) if width == 0 else \
            ("width", width) if height == 0 else ("zoom", height, width)
    if name in ("RandomHeight", "RandomWidth"):
        return (name[6:].lower(), factor(config["factor"]))
    return (name,)


def expect_augmentation_layers(found: list, expected: list[tuple], what: str, why: str) -> None:
    """The augmentation layers ``found`` do what ``expected`` says, in any order: random, independent layers
    augment alike in any order (the docstrings say so)."""
    kinds = sorted((augmentation_kind(layer) for layer in found), key=repr)
    expected = sorted(expected, key=repr)  # in the same order, to compare on the page too
    if kinds != expected:
        if any(isinstance(part, tuple) for kind in kinds for part in kind):  # a range that is not (-f, f)
            why = _("a factor f is the range (-f, f), either way: a range like (0, f) changes images in one "
                    "direction only")
        raise Mistake(what, kinds or _("none"), expected, why)


def expect_augmentation(block, expected: list[tuple], why: str) -> None:
    checks.expect_instance(block, keras.Sequential,
                           _("the docstring asks for keras.Sequential([...]): the random layers in a list"),
                           _("augmentation block"))
    expect_augmentation_layers(checks.layers_of(block), expected, _("augmentation layers"), why)
    checks.expect_augments(block)


AUGMENTER = [("flip", "horizontal"), ("rotate", 0.2)]  # data_augmenter's


@exercise("transfer.data_augmenter")
def test_data_augmenter(learner):
    expect_augmentation(learner(), AUGMENTER, _("note 002: RandomFlip('horizontal') and RandomRotation(0.2)"))


@exercise("transfer.augmentation_block")
def test_augmentation_block(learner):
    block = learner()
    expect_augmentation(block, [("flip", "horizontal"), ("rotate", 0.2), ("zoom", 0.2), ("height", 0.2),
                                ("width", 0.2)],
                        _("note 001: flip, rotate 0.2, zoom 0.2, then RandomZoom along one axis for height 0.2 and "
                          "width 0.2 (Keras 3 has no RandomHeight/RandomWidth; the zoom keeps the image size)"))
    if block.name != "data_augmentation":
        raise Mistake(_("block name"), repr(block.name), "'data_augmentation'",
                      _('keras.Sequential([...], name="data_augmentation"): the name model.summary() shows, '
                        'as in note 001'))


MOBILENET_SCALING = N_("MobileNetV2 wants [-1, 1]: preprocess_input, or Rescaling(1 / 127.5, offset=-1)")
# Pixels between 0, 127.5 and 255 too: a floor division or a rounding is right at those three alone.
PIXELS, SCALED = (0.0, 51.0, 127.5, 204.0, 255.0), (-1.0, -0.6, 0.0, 0.6, 1.0)


def expect_mobilenet_scaling(scale, shape=(4, 4, 3)) -> None:
    checks.expect_scaling(scale, PIXELS, SCALED, why=_(MOBILENET_SCALING), shape=shape)
    checks.expect_scaling(scale, (51.0, 127.5), (-0.6, 0.0), why=_(MOBILENET_SCALING), shape=shape)  # no 255 in it
    checks.expect_scaling(scale, (0.0, 1.0), (-1.0, 1 / 127.5 - 1), why=_(MOBILENET_SCALING), shape=shape)  # a dark batch


@exercise("transfer.mobilenet_preprocessing")
def test_mobilenet_preprocessing(learner):
    scale = learner()
    if not callable(scale):
        raise Mistake(_("returned value"), type(scale).__name__, _("a function or layer"),
                      _("return the scaling itself, not its output"))
    expect_mobilenet_scaling(scale)
    checks.expect_in_a_model(scale, why=_("Keras' own scalings take a keras.Input (preprocess_input, a Rescaling "
                                          "layer, keras.ops); NumPy and TensorFlow functions need real arrays"))


# ------------------------------------------------------------ the notes' models


def expect_head_layers(model, expected, why):
    """The last layers of ``model`` are ``expected`` (the head on top of the base)."""
    tail = checks.written_layers(model)[-len(expected):]
    shell = keras.Sequential(tail)
    checks.expect_layers(shell, expected, why, head_judged_apart=True)


def same_setting(found, wanted) -> bool:
    """Two optimizer settings agree (numbers within float32's rounding)."""
    try:
        return bool(np.isclose(found, wanted))
    except TypeError:  # None, a string, a schedule's config
        return found == wanted


def setting(key: str, value) -> str:
    return f"{key}={value:g}" if isinstance(value, float) else f"{key}={value!r}"


def expect_default_optimizer(model, name: str, why: str) -> None:
    """Compiled with keras.optimizers.<name>() as it comes (or its string): every setting its default."""
    checks.expect_optimizer(model, name)
    found = {**model.optimizer.get_config(), "learning_rate": float(np.asarray(model.optimizer.learning_rate))}
    for key, wanted in type(model.optimizer)().get_config().items():
        if key != "name" and not same_setting(found.get(key), wanted):
            raise Mistake(_("optimizer setting"), setting(key, found.get(key)), setting(key, wanted), why)


class Marker(L.Layer):
    """An augmentation stand-in the grader can find again in the learner's model."""

    def call(self, x):
        return x


def expect_base_input(base, image_shape) -> None:
    """The base is built for the model's image size (MobileNetV2's ImageNet weights come per input size)."""
    if tuple(base.inputs[0].shape) != (None, *image_shape, 3):
        raise Mistake(_("base input shape"), tuple(base.inputs[0].shape), (None, *image_shape, 3),
                      _("MobileNetV2(input_shape=image_shape + (3,), ...): its ImageNet weights come per input size "
                        "(without it Keras warns and loads those for 224x224)"))


def expect_raw_pixels(model, layer, image_shape, what: str, why: str) -> None:
    """``layer`` gets the model's input as it comes: nothing before it in the model changes the pixels."""
    try:
        checks.expect_scaling(checks.input_of(model, layer), PIXELS, PIXELS, shape=(*image_shape, 3))
    except Mistake as changed:  # said as what reaches the layer: no scaling is wanted there
        raise Mistake(what, changed.found, changed.expected, why) from None


def expect_input_straight_into(model, base, why: str) -> None:
    """Nothing stands between the model's input and ``base`` (an augmentation block that changes nothing at
    inference would pass expect_raw_pixels)."""
    layers = checks.layers_of(model)
    before = layers[:next(i for i, layer in enumerate(layers) if layer is base)]
    if before:
        raise Mistake(_("layers before {base}").format(base=base.name), ", ".join(type(l).__name__ for l in before),
                      _("none: the input straight into {base}").format(base=base.name), why)


def trained_calls(model) -> list[str]:
    """Each call in ``model``'s graph (nested models too) given training=True, as the learner wrote it."""
    found = []
    for node in checks.graph_nodes(model):
        if node.arguments.kwargs.get("training") not in (None, False):
            found.append(f"{node.operation.name}(x, training={node.arguments.kwargs['training']})")
        if isinstance(node.operation, keras.Model):
            found += trained_calls(node.operation)
    return found


def expect_no_training_calls(model) -> None:
    """No call in ``model``'s graph given training=True (named from the graph: a random-weight base's features are
    near zero, so a head's Dropout would not show in a call)."""
    trained = trained_calls(model)
    if trained:
        raise Mistake(_("call at prediction"), ", ".join(trained), _("no training=True"),
                      _("training=True makes model(x) train-mode at prediction too (Dropout drops, BatchNormalization "
                        "uses the batch): leave it out, or training=False for the base"))


def runs_at_inference(model, passive: tuple = ()) -> bool:
    """Whether model(x) runs each of its layers as at inference, as its graph alone shows: every layer Keras' own
    (or of ``passive``), none a Lambda or one whose call trains unless told (Random*: training=True in Keras 3),
    nested models alike (and no call given training=True: expect_inference_mode names those). False: only a call
    can tell."""
    nodes = checks.graph_nodes(model)
    for layer in [node.operation for node in nodes]:
        if isinstance(layer, passive):
            continue
        training = inspect.signature(layer.call).parameters.get("training")
        if (not type(layer).__module__.startswith("keras.") or isinstance(layer, L.Lambda)
                or training is not None and training.default is True
                or isinstance(layer, keras.Model) and not runs_at_inference(layer, passive)):
            return False
    return bool(nodes)


def expect_inference_mode(model, base, image_shape, passive: tuple = ()) -> None:
    """Called as model(x), with the base unfrozen as fine-tuning leaves it, the model predicts each image on
    its own (a base called with training=True would not: Keras 3 then honours it when the call gives none).
    A call given training=True is named from the graph (``expect_no_training_calls``); the rest is read from the
    graph where it can tell (``runs_at_inference``), else two calls tell."""
    expect_no_training_calls(model)
    if runs_at_inference(model, passive):
        return
    images = np.random.default_rng(0).uniform(0, 255, (2, *image_shape, 3)).astype("float32")
    base.trainable = True
    try:
        together, alone = np.asarray(model(images))[0], np.asarray(model(images[:1]))[0]
    finally:
        base.trainable = False
    if not np.allclose(together, alone, atol=1e-4):
        training = [kwargs.get("training") for kwargs in checks.call_arguments(model, base)]
        raise Mistake(_("base call"), f"{base.name}(x, training={training[0] if training else None})",
                      f"{base.name}(x, training=False)",
                      _("with training=True, model(x) runs the base in training mode: Dropout acts and, once "
                        "fine-tuning unfreezes it, BatchNormalization uses each batch's statistics"))


def augmentation_layers(model) -> list:
    """The Random* layers in ``model``, in nested Sequentials too (a pretrained base holds none)."""
    return [layer for layer in checks.flat_layers(model) if type(layer).__name__.startswith("Random")]


@exercise("transfer.alpaca_model")
def test_alpaca_model(learner):
    remote.prebuild(functools.partial(keras.applications.MobileNetV2, input_shape=(160, 160, 3), include_top=False,
                                      weights=None))
    given = Marker(name="marker")
    model = checks.expect_model(learner(image_shape=(160, 160), data_augmentation=given, weights=None))
    if not given.trainable:
        raise Mistake(_("the data_augmentation given"), "trainable=False", _("as the caller gave it (trainable)"),
                      _("use the block the caller gave, and leave it as it is: freeze the base only "
                        "(base.trainable = False)"))
    marker = next((layer for layer in model.layers if isinstance(layer, Marker) and layer.name == "marker"), None)
    if marker is None:  # by name: judged apart, the model comes back rebuilt, the marker a copy
        raise Mistake(_("augmentation"), _("not the one passed in"),
                      _("the data_augmentation argument inside the model"),
                      _("x = data_augmentation(inputs), using the argument (data_augmenter() only when it is None)"))
    base = checks.expect_base(model, "mobilenetv2", "MobileNetV2")
    if model.layers.index(marker) > model.layers.index(base):
        raise Mistake(_("augmentation"), _("after the base, on its feature maps"), _("before the base, on the images"),
                      _("x = data_augmentation(inputs) first: the base learns from the augmented images"))
    more = [checks.describe(layer) for layer in augmentation_layers(model)]
    if more:
        raise Mistake(_("augmentation, data_augmentation given"), _("it and {layers}").format(layers=", ".join(more)),
                      _("it alone"), _("data_augmenter() is only for data_augmentation=None: the argument, when "
                                       "given, replaces it"))
    expect_base_input(base, (160, 160))
    expect_head_layers(model, [L.GlobalAveragePooling2D(), L.Dropout(0.2), L.Dense(1)],
                       _("note 002: GlobalAveragePooling2D, Dropout(0.2), Dense(1)"))
    checks.expect_head(model, "binary")
    checks.expect_optimizer(model, "Adam", learning_rate=0.001)
    expect_accuracy_logged(model)
    checks.expect_trainable_variables(
        model, 2, _("freeze the base (base.trainable = False): only Dense(1)'s kernel and bias train"))
    checks.expect_params(model, 2_259_265, 1_281, _("MobileNetV2 without top (2,257,984) + Dense(1) on 1280 features"))
    checks.expect_inference_call(model, base)
    expect_mobilenet_scaling(checks.input_of(model, base), shape=(160, 160, 3))
    expect_inference_mode(model, base, (160, 160), (Marker,))  # the marker augments nothing: only the base can vary


@exercise("transfer.alpaca_model")
def test_alpaca_model_defaults_and_size(learner):
    size = BASE_SIZE
    remote.prebuild(functools.partial(keras.applications.MobileNetV2, input_shape=(*size, 3), include_top=False,
                                      weights=None))
    model = checks.expect_model(learner(image_shape=size, weights=None))  # data_augmentation=None
    if tuple(model.inputs[0].shape) != (None, *size, 3):
        raise Mistake(_("input shape for image_shape={size}").format(size=size), tuple(model.inputs[0].shape),
                      (None, *size, 3), "inputs = keras.Input(shape=image_shape + (3,))")
    base = checks.expect_base(model, "mobilenetv2", "MobileNetV2")
    expect_base_input(base, size)
    expect_augmentation_layers(augmentation_layers(model), AUGMENTER,
                              _("augmentation with data_augmentation=None"),
                              _("when the argument is None, use data_augmenter(): x = data_augmentation(inputs)"))
    expect_weights_passed(lambda weights: learner(image_shape=size, data_augmentation=Marker(), weights=weights), "MobileNetV2")


@exercise("transfer.efficientnet_model")
def test_efficientnet_model(learner):
    efficientnet = functools.partial(keras.applications.EfficientNetB0, include_top=False, weights=None)
    remote.prebuild(efficientnet)
    model = checks.expect_model(learner(num_classes=10, image_size=(224, 224), weights=None))
    base = checks.expect_base(model, "efficientnetb0", "EfficientNetB0")
    if tuple(model.inputs[0].shape) != (None, 224, 224, 3):
        raise Mistake(_("input shape"), tuple(model.inputs[0].shape), (None, 224, 224, 3),
                      "keras.Input(shape=image_size + (3,))")
    expect_raw_pixels(model, base, (224, 224), _("pixels reaching EfficientNetB0"),
                      _("note 001's order: the input goes straight into EfficientNetB0, which scales the pixels "
                        "itself (its own Rescaling layer): x = base(inputs, training=False)"))
    expect_input_straight_into(model, base, _("note 001's model_0 has no augmentation (model_1 adds it): "
                                              "x = base(inputs, training=False)"))
    expect_head_layers(model, [L.GlobalAveragePooling2D(), L.Dense(10, activation="softmax")],
                       _("note 001: GlobalAveragePooling2D, Dense(10, softmax)"))
    checks.expect_head(model, "categorical", units=10)
    expect_default_optimizer(model, "Adam", _("note 001 compiles with Adam's default settings: "
                                              "optimizer=keras.optimizers.Adam(), or \"adam\""))
    checks.expect_metrics(model, ["accuracy"])
    checks.expect_logged(model, ["accuracy"])
    checks.expect_params(model, 4_062_381, 12_810,
                         _("note 001's summary: the frozen base (4,049,571) + Dense(10) (12,810)"))
    checks.expect_inference_call(model, base)
    inputs = [layer.name for layer in model.layers if isinstance(layer, L.InputLayer)]
    layers = checks.layers_of(model)  # the output: the last layer (a softmax of its own after its Dense may hold the name)
    names = [*inputs[:1], *(layer.name for layer in layers if isinstance(layer, L.GlobalAveragePooling2D)),
             layers[-1].name]
    wanted = ["input_layer", "global_average_pooling_layer", "output_layer"]
    if names != wanted:
        raise Mistake(_("layer names"), ", ".join(names), ", ".join(wanted),
                      _('note 001 names them, for its summary: Input(..., name="input_layer"), '
                        'GlobalAveragePooling2D(name="global_average_pooling_layer"), Dense(..., name="output_layer")'))
    size = (32, 48)  # not the default, not square
    remote.prebuild(efficientnet)
    small = checks.expect_model(learner(num_classes=2, image_size=size, weights=None))  # two classes: still softmax
    if tuple(small.inputs[0].shape) != (None, *size, 3):
        raise Mistake(_("input shape for image_size={size}").format(size=size), tuple(small.inputs[0].shape),
                      (None, *size, 3), "keras.Input(shape=image_size + (3,))")
    units = small.outputs[0].shape[-1]
    if units != 2:
        raise Mistake(_("output units for num_classes={count}").format(count=2), units, 2,
                      _("one softmax unit per class: Dense(num_classes), two classes too (with the loss the note "
                        "uses, categorical_crossentropy)"))
    expect_inference_mode(small, checks.expect_base(small, "efficientnetb0", "EfficientNetB0"), size)
    expect_weights_passed(lambda weights: learner(num_classes=3, image_size=size, weights=weights), "EfficientNetB0")


@exercise("transfer.vgg16_classifier")
def test_vgg16_classifier(learner):
    model = checks.expect_model(learner(input_shape=(48, 80, 3), weights=None))
    if tuple(model.inputs[0].shape) != (None, 48, 80, 3):
        raise Mistake(_("input shape"), tuple(model.inputs[0].shape), (None, 48, 80, 3),
                      "input_tensor=keras.Input(shape=input_shape)")
    checks.expect_input_dtype(model)
    expect_head_layers(model, [L.Flatten(), L.Dense(256, activation="relu"), L.Dropout(0.5), L.Dense(1, activation="sigmoid")],
                       _("note 004: Flatten, Dense(256, relu), Dropout(0.5), Dense(1, sigmoid)"))
    checks.expect_head(model, "binary")
    expect_no_training_calls(model)
    expect_default_optimizer(model, "SGD", _("note 004 compiles with optimizer=\"sgd\": SGD with its default "
                                             "settings (learning_rate=0.01, no momentum)"))
    checks.expect_metrics(model, ["accuracy"])
    checks.expect_trainable_variables(model, 10, _("freeze base.layers[:15]: block 5's 3 convolutions (6 variables) "
                                                   "and the 2 Dense layers (4) train"))
    block5 = 7_079_424
    head = 1 * 2 * 512 * 256 + 256 + 257  # 48x80 pooled five times: 1x2 maps of 512
    checks.expect_params(model, 14_714_688 + head, block5 + head,
                         _("VGG16 without top (14,714,688), block 5 trainable (7,079,424), plus the head"))
    expect_weights_passed(lambda weights: learner(input_shape=(48, 80, 3), weights=weights), "VGG16")


# ------------------------------------------------------------ shapes in and out (tutorial2)

IMAGE_LAYOUTS = {  # layout (named in lessons) -> (shape from (n, h, w), batch size of the result)
    N_("single RGB"): (lambda n, h, w: (h, w, 3), 1),
    N_("single gray"): (lambda n, h, w: (h, w), 1),
    N_("single gray, 1 channel"): (lambda n, h, w: (h, w, 1), 1),
    N_("batch RGB"): (lambda n, h, w: (n, h, w, 3), None),
    N_("batch gray"): (lambda n, h, w: (n, h, w), None),
    N_("batch gray, 1 channel"): (lambda n, h, w: (n, h, w, 1), None),
}


@exercise("transfer.to_model_input")
@pytest.mark.parametrize("layout", sorted(IMAGE_LAYOUTS))  # every layout, each time (8 drawn examples missed some)
@settings(max_examples=3)
@example(n=2, h=24, w=16, dtype="uint8", size=(24, 16), value=200)  # already the size: still cast to float32
@example(n=3, h=9, w=2, dtype="float32", size=(8, 8), value=50)  # a gray batch 2 wide: its last axis holds no channels
@example(n=2, h=6, w=7, dtype="float32", size=(8, 8), value=-1)  # already scaled to [-1, 1]: kept too
@given(n=st.integers(2, 4), h=st.integers(5, 40), w=st.sampled_from([7, 31]),
       dtype=st.sampled_from(["uint8", "float32", "float64"]), size=st.sampled_from([(8, 8), (24, 16)]),
       value=st.integers(0, 255))
def test_to_model_input(learner, layout, n, h, w, dtype, size, value):
    shape_of, batch = IMAGE_LAYOUTS[layout]
    images = np.full(shape_of(n, h, w), value, dtype=dtype)
    result = learner(images, image_size=size)
    out = np.asarray(result)
    want = (batch or n, *size, 3)
    if out.shape != want:
        raise Mistake(_("shape for {layout} {shape}").format(layout=_(layout), shape=images.shape), out.shape, want,
                      _("batch a single image, resize to image_size, repeat a gray channel 3 times"))
    checks.expect_array(result)
    if out.dtype != np.float32:
        raise Mistake(_("dtype"), out.dtype, "float32", _("cast with tf.cast(x, tf.float32) or .astype('float32')"))
    if not np.allclose(out, value, atol=0.5):
        worst = out.flat[int(np.abs(out - value).argmax())]  # e.g. a gray value in one channel of three
        raise Mistake(_("pixel values of {layout} {shape}").format(layout=_(layout), shape=images.shape),
                      f"{value} -> {worst:g}", _("{value} -> {value}.0 everywhere").format(value=value),
                      _("keep the values (this exercise's rule: no scaling here, the model scales its own inputs); "
                        "a gray image's 3 channels are equal"))


@exercise("transfer.to_model_input")
def test_to_model_input_keeps_the_picture(learner):
    colours = np.array([[200, 20, 90], [10, 180, 250]])  # left and right quarters: each channel its own value
    image = np.zeros((20, 40, 3), "uint8")  # twice as wide as image_size: cropped to its shape, only the middle
    image[:, :10], image[:, 10:30], image[:, 30:] = colours[0], (60, 60, 60), colours[1]
    out = np.asarray(learner(image, image_size=(10, 10)))[0]
    found = np.rint([out[:, :2].mean(axis=(0, 1)), out[:, -2:].mean(axis=(0, 1))]).astype(int)
    if not np.allclose(found, colours, atol=15):
        if np.allclose(found, 60, atol=15):
            why = _("resize the whole image to image_size: cropping it to that shape first (crop_to_aspect_ratio) "
                    "cuts its sides off")
        elif abs(found - colours[::-1]).max() < abs(found - colours).max():
            why = _("resize with tf.image.resize; do not reshape or transpose the pixels")
        else:
            why = _("keep a colour image's channels as they are: only a gray image becomes 3 equal ones")
        raise Mistake(_("resized image, colours of its left and right edges"), found.tolist(), colours.tolist(), why)
    exact = np.asarray(learner(np.full((5, 5, 3), 100.25, "float64"), image_size=(5, 5)))
    if not np.allclose(exact, 100.25, atol=1e-3):
        raise Mistake(_("float64 pixels of 100.25, at their size"), f"{float(exact.flat[0]):g}", "100.25",
                      _("keep the values: cast to float32, never through an integer type"))
    ramp = np.repeat(np.arange(0, 248, 8, dtype="uint8")[None, :, None], 3, axis=2).repeat(6, axis=0)  # 0..240
    resized = np.asarray(learner(ramp, image_size=(4, 10)))[0]
    if not any(np.allclose(resized, np.asarray(tf.image.resize(ramp.astype("float32"), (4, 10), method)), atol=0.01)
               for method in ("bilinear", "nearest")):
        raise Mistake(_("a resized ramp of gray values, first row"), np.round(resized[0, :, 0], 2).tolist(),
                      np.round(np.asarray(tf.image.resize(ramp.astype("float32"), (4, 10)), "float64")[0, :, 0],
                               2).tolist(),
                      _("cast to float32 before resizing, and keep what resizing gives: a cast back to uint8 cuts "
                        "the values between two pixels down"))


def logits_strategy():
    away_from_zero = st.floats(0.1, 6).flatmap(lambda v: st.sampled_from([v, -v]))
    return st.integers(1, 12).flatmap(lambda n: st.sampled_from([0, 1, 2, 5]).flatmap(
        lambda k: st.lists(away_from_zero, min_size=n * max(k, 1), max_size=n * max(k, 1)).map(
            lambda values: np.array(values, "float32").reshape((n,) if k == 0 else (n, k)))))


@exercise("transfer.outputs_to_labels")
@given(logits=logits_strategy(), from_logits=st.booleans())
@example(logits=np.array([[0.3], [-2.0], [1.5]], "float32"), from_logits=True)  # a logit in (0, 0.5): still label 1
@example(logits=np.array([-1.0, 0.0, 2.0], "float32"), from_logits=True)  # logit 0 is probability 0.5, not above: 0
@example(logits=np.array([0.3, 0.9, 0.2, 0.45], "float32"), from_logits=True)  # logits that look like probabilities
@example(logits=np.array([[3.0], [0.0], [-3.0]], "float32"), from_logits=False)  # a probability of exactly 0.5: 0
@example(logits=np.array([[-3.0, -1.0], [2.0, 1.0]], "float32"), from_logits=True)  # 2 columns are multiclass: argmax
@example(logits=np.array([[0.1, 0.3, 0.2], [0.0, 0.05, 0.1]], "float32"), from_logits=False)  # largest below 0.5
@example(logits=np.array([[0.0002], [-0.0002], [2.0]], "float32"), from_logits=False)  # 0.50005 and 0.49995
def test_outputs_to_labels(learner, logits, from_logits):
    binary = logits.ndim == 1 or logits.shape[1] == 1
    scores = logits if from_logits else (1 / (1 + np.exp(-logits)) if binary else tf.nn.softmax(logits).numpy())
    result = learner(scores.copy(), from_logits=from_logits)
    labels = np.asarray(result)
    expected = (logits.reshape(-1) > 0).astype(int) if binary else logits.argmax(axis=1)
    if labels.shape != expected.shape:
        raise Mistake(_("labels shape for outputs {shape}").format(shape=logits.shape), labels.shape, expected.shape,
                      _("one label per input: flatten a (N, 1) column"))
    if not np.array_equal(labels, expected):
        what = _("labels for logits {values}") if from_logits else _("labels for probabilities {values}")
        wrong = np.flatnonzero(labels != expected)[:3]
        raise Mistake(what.format(values=[[float(f"{v:.6g}") for v in row]
                                            for row in scores.reshape(len(scores), -1)[wrong]]),
                      labels[wrong].tolist(), expected[wrong].tolist(),
                      _("binary: 1 where sigmoid(logit) > 0.5 (logit > 0) or probability > 0.5, so exactly 0.5 is 0 "
                        "(this exercise's convention); multiclass: argmax"))
    checks.expect_array(result)
    if not np.issubdtype(labels.dtype, np.integer):
        raise Mistake(_("labels dtype"), labels.dtype, _("an integer dtype"),
                      _("labels are whole class numbers, as the test data has them: .astype(int)"))


def _labels_of(classes):
    return st.lists(st.integers(0, classes - 1), min_size=1, max_size=16).map(lambda labels: (classes, labels))


@exercise("transfer.convert_labels")
@example(drawn=(5, [1, 3, 2, 1]))  # no label 0: labels kept as they are, not shifted to start at 0
@given(drawn=st.integers(2, 8).flatmap(_labels_of))
def test_convert_labels(learner, drawn):
    classes, labels = drawn[0], np.array(drawn[1])
    n = len(labels)
    one_hot = checks.expect_array(learner(labels.copy(), num_classes=classes))
    if one_hot.shape != (n, classes):
        raise Mistake(_("one-hot shape of {count} labels with num_classes={classes}").format(count=n, classes=classes),
                      one_hot.shape, (n, classes),
                      _("keras.utils.to_categorical(labels, num_classes): one row per label, one column per class"))
    wanted = np.eye(classes)[labels]
    if not np.array_equal(one_hot, wanted):
        row = int(np.flatnonzero((one_hot != wanted).any(axis=1))[0])
        raise Mistake(_("one-hot row of label {label}").format(label=labels[row]), one_hot[row].tolist(),
                      wanted[row].tolist(),
                      _("a single 1, in the label's column: keras.utils.to_categorical(labels, num_classes)"))
    for dtype in ("float32", "int64"):  # one-hot rows of integers too: the shape tells the way, not the dtype
        back = checks.expect_array(learner(wanted.astype(dtype)))
        if back.shape != (n,):
            raise Mistake(_("shape of the integers from a ({count}, {classes}) one-hot of {dtype}").format(
                              count=n, classes=classes, dtype=dtype),
                          back.shape, (n,), _("np.argmax(one_hot, axis=-1): one integer per row, whatever the dtype"))
        if not np.issubdtype(back.dtype, np.integer):
            raise Mistake(_("dtype of the integers from one-hot rows of {dtype}").format(dtype=dtype), back.dtype.name,
                          _("an integer dtype"), _("np.argmax gives integers: return them as they are, class numbers "
                                                   "like the labels"))
        if not np.array_equal(back, labels):
            wrong = np.flatnonzero(back != labels)[:4]
            raise Mistake(_("integers from one-hot rows {rows}").format(rows=wrong.tolist()), back[wrong].tolist(),
                          labels[wrong].tolist(), _("np.argmax(one_hot, axis=-1): the position of the 1 in each row"))


@exercise("transfer.convert_labels")
def test_convert_labels_without_num_classes(learner):
    labels = np.array([2, 0, 4, 2])
    result = learner(labels)  # num_classes=None: as many classes as the largest label + 1
    one_hot = np.asarray(result)
    if one_hot.shape != (4, 5) or not np.array_equal(one_hot, np.eye(5)[labels]):
        found = one_hot.tolist() if one_hot.shape == (4, 5) else _("shape {shape}").format(shape=one_hot.shape)
        raise Mistake(_("one-hot of [2, 0, 4, 2] with num_classes=None"), found, _("shape (4, 5): classes 0..4"),
                      _("integer labels go to one-hot whether or not num_classes is given: "
                        "keras.utils.to_categorical(labels, None) counts up to the largest label"))
    checks.expect_array(result)


# ------------------------------------------------------------ fine-tuning


@functools.lru_cache(maxsize=None)
def models_with_a_base():
    """(model, base name, base, layers in the base, layers to freeze) twice, the base at index 2, never at layers[4]:
    first a model whose layers[4] is a nested Sequential (a wrong pick that runs), 3 of its base's 7 layers frozen,
    then note 002's alpaca model, its base frozen whole: counting only trainable or only frozen layers is wrong."""
    base = mobilenet()
    inputs = keras.Input((32, 32, 3))
    x = keras.Sequential([L.RandomFlip("horizontal")], name="augment")(inputs)
    x = keras.applications.mobilenet_v2.preprocess_input(x)
    x = L.Dropout(0.2)(L.GlobalAveragePooling2D()(base(x, training=False)))
    alpaca = keras.Model(inputs, L.Dense(1)(x))  # note 002's alpaca model: layers[4] is the Dropout in Keras 3
    small = small_base()
    inputs = keras.Input((8, 8, 3))
    x = keras.Sequential([L.Rescaling(1 / 255), L.RandomFlip()], name="base_prepare")(inputs)  # named like the base, first
    head = keras.Sequential([L.Dense(3), L.Dropout(0.1), L.Dense(1)], name="head")
    other = keras.Model(inputs, head(L.Flatten()(small(x))))  # layers[4] is the head
    return (other, small.name, small, 7, 3), (alpaca, base.name, base, 154, 154)


@exercise("transfer.find_base")
@pytest.mark.parametrize("case", [0, 1])
def test_find_base(learner, case):
    model, name, base, layers, frozen = models_with_a_base()[case]
    base.trainable = frozen < layers  # each time: fine_tune's graders unfreeze the shared MobileNetV2
    for layer in base.layers[:frozen]:
        layer.trainable = False
    flags = [layer.trainable for layer in model._flatten_layers()]
    found, count = checks.expect_tuple(learner(model, name), "(base, number of layers)",
                                       _("return the base and len(base.layers)"))
    changed = sum(was != layer.trainable for was, layer in zip(flags, model._flatten_layers()))
    if changed:
        raise Mistake(_("trainable flags of the model given"), _("{count} changed").format(count=changed),
                      _("left as they were"), _("finding the base only reads the model: freezing or unfreezing "
                                                 "is for the code that trains it (fine_tune)"))
    if found is not base:
        shown = getattr(found, "name", type(found).__name__)
        raise Mistake(_("layer found for base_name={name}").format(name=repr(name)), shown, name,
                      _("model.get_layer(base_name): a position like model.layers[4] is another layer "
                        "once the model changes"))
    if count != layers:
        raise Mistake(_("layers in {name}").format(name=name), count, layers,
                      _("len(base.layers): all the base's own layers, frozen or not, not len(model.layers)"))


def expect_fine_tuned(learner, model, base, fine_tune_at, allowed, lr, why=None):
    loss_before, loss_given = checks.loss_of(model), model.loss
    kind = type(model.optimizer)
    given = model
    with checks.watching(learner) as calls:
        model = checks.expect_model(learner(model, base, fine_tune_at, lr))
    compiles = [call for call in calls if call.kind == "compile" and call.model is given]
    counts = [call.trainable for call in compiles]
    checks.expect_trainable_variables(model, allowed, why or _(
        "base.trainable = True, then layer.trainable = False for base.layers[:{fine_tune_at}] "
        "(BatchNormalization kept frozen too is right: the smaller count)").format(fine_tune_at=fine_tune_at))
    awake = [layer.name for layer in base.layers[:fine_tune_at]
             if layer.trainable and not isinstance(layer, keras.layers.InputLayer)]
    if awake:
        raise Mistake(_("layers before fine_tune_at={at} left trainable").format(at=fine_tune_at),
                      f"{len(awake)} ({', '.join(awake[:3])}{', ...' if len(awake) > 3 else ''})", 0,
                      _("freeze every layer before the cut itself, weights or not: layer.trainable = False for each "
                        "of base.layers[:fine_tune_at] (a layer left trainable, its variables frozen one by one, still "
                        "runs its BatchNormalization in training mode)"))
    if not counts:
        raise Mistake(_("compile"), _("no compile() after unfreezing"), _("model.compile(...) again"),
                      _("changes to trainable take effect at the next compile(): unfreezing without recompiling "
                        "trains nothing new"))
    if counts[-1] != len(model.trainable_variables):
        raise Mistake(_("order"),
                      _("compile() with {count} trainable variables, then freezing").format(count=counts[-1]),
                      _("freeze first, then compile"),
                      _("compile() fixes which weights train: set every layer's trainable before calling it"))
    if compiles[-1].arguments.get("same_optimizer"):
        raise Mistake(_("optimizer"), _("the model's own, compiled again"), _("a new one of the same kind"),
                      _("Keras 3 builds an optimizer for the weights the head trained, and refuses the newly unfrozen "
                        "ones ('Unknown variable'): type(model.optimizer)(learning_rate=...)"))
    if type(model.optimizer) is not kind:
        raise Mistake(_("optimizer"), type(model.optimizer).__name__, kind.__name__,
                      _("the same kind as before, slower: "
                        "type(model.optimizer)(learning_rate=base_learning_rate / 10)"))
    checks.expect_optimizer(model, kind.__name__, learning_rate=lr / 10)
    if model.get_compile_config().get("loss") is None:
        raise Mistake(_("loss"), _("compile() without loss="), "compile(loss=model.loss, ...)",
                      _("Keras 3 keeps the old loss for this session only: the compile config, which model.save() "
                        "writes, has none"))
    if checks.loss_of(model) != loss_before:
        raise Mistake(_("loss"), model.loss, loss_given, _("recompile with the loss the model had (model.loss)"))
    expect_accuracy_logged(model)


def expect_accuracy_logged(model):
    """The accuracy the docstring asks for, logged as history["accuracy"] as the notes read it."""
    checks.expect_metrics(model, ["accuracy"])
    checks.expect_logged(model, ["accuracy"], why=_(
        'name it as the notes read it, history["accuracy"]: keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")'))


@exercise("transfer.fine_tune")
def test_fine_tune_mobilenet(learner):
    base = mobilenet()  # notes 000 and 001: MobileNetV2 from layer 100 (20 trainable variables: BN frozen)
    expect_fine_tuned(learner, headed(base, 1), base, 100, {56, 20}, 0.001)


@exercise("transfer.fine_tune")
@pytest.mark.parametrize("fine_tune_at, allowed, lr, head", [
    (-10, {14, 8}, 0.005, (10, "softmax", "categorical_crossentropy")),
    (18, {10, 6}, 0.005, (1, "sigmoid", "binary_crossentropy"))])  # one probability; Adam at 0.005 again
def test_fine_tune_deep_base(learner, fine_tune_at, allowed, lr, head):
    base = deep_base()  # the last ten layers: 3 convolutions and 3 BatchNormalization (8 when those stay frozen)
    units, activation, loss = head
    model = headed(base, units, activation, keras.optimizers.Adam(), loss, augment=True)
    expect_fine_tuned(learner, model, base, fine_tune_at, allowed, lr)


def deep_base(blocks: int = 8):
    """A stand-in for a deep pretrained base, fast to build and to send: ``blocks`` x (Conv2D, BN, ReLU)."""
    return keras.Sequential([keras.Input((8, 8, 3)), *[layer for _ in range(blocks) for layer in (
        L.Conv2D(4, 3, padding="same"), L.BatchNormalization(), L.ReLU())]], name="deep_base")


def small_base():
    """A stand-in for a pretrained base: 7 layers, 2 BatchNormalization, fast to fit."""
    return keras.Sequential([keras.Input((8, 8, 3)), L.Conv2D(4, 3), L.BatchNormalization(), L.ReLU(),
                             L.Conv2D(4, 3), L.BatchNormalization(), L.ReLU(), L.Conv2D(4, 1)], name="base")


def train_one_step(model) -> None:
    """One fit() step on 8 images of values up to 5: BatchNormalization statistics that may move, move."""
    x = np.random.default_rng(3).uniform(0, 5, (8, 8, 8, 3)).astype("float32")
    model.fit(x, np.arange(8) % 2, batch_size=8, epochs=1, verbose=0)


KEEP_BN_FROZEN = N_("fit() passes training=True down to the base whatever base(x, training=False) says: "
                    "keep every BatchNormalization layer frozen (layer.trainable = False)")


@exercise("transfer.fine_tune_frozen_bn")
def test_fine_tune_frozen_bn_statistics(learner):
    base = small_base()  # conv, BN, relu | conv, BN, relu, conv: fine_tune_at=3 leaves 2 convolutions and 1 BN unfrozen
    model = headed(base, 1, optimizer=keras.optimizers.Adam(), augment=True)
    expect_fine_tuned(learner, model, base, 3, {6, 8}, 0.1)  # 8 (BN trainable) is judged by behaviour below
    before = {id(w): np.array(w.numpy()) for w in base.weights}
    train_one_step(model)
    weights = [(layer, weight) for layer in base.layers for weight in layer.weights]
    weights.sort(key=lambda pair: "moving" not in pair[1].name)  # the moving statistics first: they teach most
    for layer, weight in weights:
        moved = not np.array_equal(before[id(weight)], weight.numpy())
        name = f"{layer.name}.{weight.name}"
        if isinstance(layer, L.BatchNormalization) and moved:
            raise Mistake(_("{name} after a training step").format(name=name), _("moved"),
                          _("unchanged (inference mode)"), _(KEEP_BN_FROZEN))
        if not isinstance(layer, L.BatchNormalization) and moved != (layer in base.layers[3:]):
            raise Mistake(_("{name} after a training step").format(name=name), _("moved") if moved else _("unchanged"),
                          _("trained") if not moved else _("unchanged: before fine_tune_at=3"),
                          _("only the layers before fine_tune_at and the BatchNormalization layers stay frozen"))


@exercise("transfer.fine_tune_frozen_bn")
@pytest.mark.parametrize("fine_tune_at, allowed, lr", [(100, 20, 0.001), (18, 6, 0.02), (-10, 8, 0.005)])
def test_fine_tune_frozen_bn_deep(learner, fine_tune_at, allowed, lr):
    base = mobilenet() if fine_tune_at == 100 else deep_base()  # notes 000 and 001's MobileNetV2, and a stand-in
    expect_fine_tuned(learner, headed(base, 1), base, fine_tune_at, allowed, lr,
                      _("base.layers[:{fine_tune_at}] frozen, and every BatchNormalization layer of the base too "
                        "(layer.trainable = False): frozen, they stay in inference mode").format(
                          fine_tune_at=fine_tune_at))


@exercise("transfer.two_phase_training")
def test_two_phase_training(learner):
    base = small_base()
    model = headed(base, 1)

    def dataset(n, seed, flip):  # 12 examples in batches of 8: a smaller last batch
        x, y = toydata.bright_rows(n, classes=2, size=8, seed=seed)
        return tf.data.Dataset.from_tensor_slices((np.repeat(x[..., None], 3, -1), (y ^ flip).astype("float32"))).batch(8)

    # Validation data with the labels the other way round: its loss cannot pass for the training data's.
    # In four batches (8 + 8 + 8 + 6): note 001's validation_steps=int(0.25 * len(validation_data)) is 1 there.
    train, validation = dataset(12, 0, 0), dataset(30, 1, 1)
    with checks.watching(learner, base) as calls:
        result = learner(model, base, train, validation, initial_epochs=3, fine_tune_epochs=2, fine_tune_at=3,
                         base_learning_rate=0.01)
    fits = [call for call in calls if call.kind == "fit" and call.model is model]
    if len(fits) < 2:
        raise Mistake(_("fit() calls on the model given"), len(fits), 2,
                      _("train the model given in both runs, fine_tune(model, base_model, ...) between them: a copy "
                        "trained instead leaves the caller's model as the first run left it"))
    for number, fit in enumerate(fits[:2], start=1):
        examples = checks.examples_in(fit.x) if isinstance(fit.x, tf.data.Dataset) else 12
        if examples != 12:
            raise Mistake(_("examples trained on in fit {number}").format(number=number), examples,
                          _("12, train_data's"), _("train both runs on train_data: validation_data only measures, "
                                                   "and a model trained on it measures itself"))
    first, second, joined = checks.expect_tuple(result, "(history_1, history_2, joined)",
                                                _("return both Histories and the joined dict"))
    if list(first.epoch) != [0, 1, 2]:
        raise Mistake(_("feature-extraction epochs"), list(first.epoch), [0, 1, 2],
                      _("phase 1: model.fit(train_data, validation_data=validation_data, epochs=initial_epochs)"))
    if list(second.epoch) != [3, 4]:
        again = list(second.epoch[:1]) == list(first.epoch[-1:])  # the notes' initial_epoch=history.epoch[-1]
        raise Mistake(_("fine-tuning epochs"), list(second.epoch), [3, 4],
                      _("initial_epoch=history_1.epoch[-1] runs the last epoch again: start at "
                        "history_1.epoch[-1] + 1") if again else
                      _("continue the count: fit(epochs=initial_epochs + fine_tune_epochs, "
                        "initial_epoch=history_1.epoch[-1] + 1)"))
    if fits and fits[0].trainable != 2:
        raise Mistake(_("trainable variables during the first fit"), fits[0].trainable,
                      _("2: the head's kernel and bias, the base frozen"),
                      _("notes 000 and 001: train the head with the base frozen first; a random head's large updates "
                        "would wreck what the base learnt"))
    if len(fits) > 1 and fits[1].trainable <= fits[0].trainable:
        raise Mistake(_("trainable variables during the second fit"), fits[1].trainable,
                      _("more than the first fit's {count}: the top of the base unfrozen").format(
                          count=fits[0].trainable),
                      _("call fine_tune between the two fits: a fit before it trains the head alone again"))
    if len(fits) > 1 and fits[0].weights != fits[1].weights:
        raise Mistake(_("base weights after the first fit"), _("changed"), _("unchanged: the base frozen"),
                      _("phase 1 trains the head only: fine_tune comes after the first fit"))
    for history in (first, second):
        if "val_loss" not in history.history:
            raise Mistake(_("history keys"), sorted(history.history), _("val_loss and val_accuracy too"),
                          _("pass validation_data=validation_data to both fit() calls"))
    if not isinstance(joined, dict) or sorted(joined) != sorted(first.history):
        raise Mistake(_("joined keys"), sorted(joined) if isinstance(joined, dict) else type(joined).__name__,
                      sorted(first.history), _("a dict with every key of history_1.history"))
    for key in first.history:
        if not isinstance(joined[key], list):
            raise Mistake(f"joined['{key}']", _("a {kind}").format(kind=type(joined[key]).__name__), _("a list"),
                          _("a dict of lists, as History.history is: history_1.history[key] + history_2.history[key]"))
        if list(joined[key]) != first.history[key] + second.history[key]:
            raise Mistake(f"joined['{key}']", np.round(joined[key], 4).tolist(),
                          np.round(first.history[key] + second.history[key], 4).tolist(),
                          _("for each key: history_1.history[key] + history_2.history[key], phase 1's values first"))
    checks.expect_trainable_variables(model, {8, 6}, _("fine_tune: base.layers[:3] frozen; 2 convolutions, "
                                                       "1 BatchNormalization (or none, kept frozen) and the head "
                                                       "train"))
    checks.expect_optimizer(model, "RMSprop", learning_rate=0.001)
    last, measured = second.history["val_loss"][-1], float(np.ravel(model.evaluate(validation, verbose=0))[0])
    if not np.isclose(last, measured, rtol=1e-3):
        part = any((fit.arguments or {}).get("validation_steps") for fit in fits)
        raise Mistake(_("last val_loss"), f"{last:.4f}",
                      _("{loss}, the model's loss on validation_data").format(loss=f"{measured:.4f}"),
                      _("validation_steps validates on part of validation_data (note 001's quarter): leave it out")
                      if part else _("train on train_data, validate on validation_data: "
                                     "fit(train_data, validation_data=validation_data, ...)"))


# ------------------------------------------------------------ checkpoints and data fractions


BUILT = itertools.count(1)  # each model build_model gives is named by its number: a clone keeps the name


def build_checkpoint_model():
    """checkpoint_and_restore's build_model: a new compiled model at each call (module-level: judged apart, the
    learner's process calls it)."""
    model = keras.Sequential([keras.Input((4,)), L.Dense(3, activation="relu"), L.Dense(1)],
                             name=f"build_model_{next(BUILT)}")
    model.compile(optimizer="adam", loss="mse")
    return model


def moved(model, history) -> None:
    """After each fit, the trained model no longer holds the file's weights: a copy of them is told from a restore."""
    model.set_weights([weights + 1.0 for weights in model.get_weights()])


@exercise("transfer.checkpoint_and_restore")
def test_checkpoint_and_restore(learner, tmp_path):
    x, y = toydata.linear_targets(32, 4)
    epochs = 3  # not the default
    with checks.others_kept(tmp_path), checks.watching(learner, then=moved) as calls:
        result = learner(build_checkpoint_model, x, y, str(tmp_path), epochs=epochs)
    built = []  # the models build_model gave, in order: each compiles there, under a name of its own
    for call in calls:
        if call.kind == "compile" and call.model.name.startswith("build_model_") and \
                all(call.model.name != model.name for model in built):  # a clone (compiled too) keeps the name
            built.append(call.model)
    checkpoint, fresh = checks.expect_tuple(result, "(checkpoint, fresh)", _("return the callback and the restored model"))
    if not isinstance(checkpoint, keras.callbacks.ModelCheckpoint):
        raise Mistake(_("callback"), type(checkpoint).__name__, "ModelCheckpoint",
                      "keras.callbacks.ModelCheckpoint(filepath=..., save_weights_only=True)")
    for fit in (call for call in calls if call.kind == "fit"):
        stopper = checks.stopper_in(fit.arguments)
        split = fit.arguments.get("validation_split")
        if stopper or split:
            raise Mistake(_("fit() arguments"), stopper or f"validation_split={split}", _("the checkpoint alone"),
                          _("train on all of x and y for all the epochs asked for: "
                            "model.fit(x, y, epochs=epochs, callbacks=[checkpoint])"))
    if not any(used is checkpoint for call in calls if call.kind == "fit"
               for used in call.arguments.get("callbacks") or ()):
        raise Mistake(_("callback returned"), _("one fit() never used"), _("the ModelCheckpoint given to fit()"),
                      _("return the very callback that wrote the file: make it once, pass it to "
                        "fit(callbacks=[checkpoint]), return it"))
    path = Path(os.fspath(checkpoint.filepath))
    if not (checkpoint.save_weights_only and not checkpoint.save_best_only and checkpoint.save_freq == "epoch"):
        raise Mistake("ModelCheckpoint", f"save_weights_only={checkpoint.save_weights_only}, "
                      f"save_best_only={checkpoint.save_best_only}, save_freq={checkpoint.save_freq!r}",
                      _("weights only, every epoch"),
                      "save_weights_only=True, save_best_only=False, save_freq='epoch'")
    checks.expect_file_in(path, tmp_path, _("put the checkpoint in the folder you were given"), _("checkpoint file"))
    if len(built) < 2 or fresh is not built[-1] or fresh is built[0]:
        raise Mistake(_("restored model"), _("the trained model itself"),
                      _("a fresh build_model() with the weights loaded"),
                      _("restoring means: new_model = build_model(); new_model.load_weights(path)"))
    trained = [list(call.history.epoch) for call in calls if call.kind == "fit" and call.history is not None
               and any(call.model is model for model in built[:-1])]
    if trained != [list(range(epochs))]:
        raise Mistake(_("epochs trained with epochs={epochs}").format(epochs=epochs),
                      trained[0] if len(trained) == 1 else _("{count} models trained").format(count=len(trained)),
                      list(range(epochs)),
                      _("fit the first model once: model.fit(x, y, epochs=epochs, callbacks=[checkpoint])"))
    if any(all(np.array_equal(a, b) for a, b in zip(fresh.get_weights(), model.get_weights())) for model in built[:-1]):
        raise Mistake(_("restored weights"), _("copied from the trained model"), _("read from the checkpoint file"),
                      _("restore from the file, as another process would: fresh.load_weights(checkpoint path)"))
    reference = keras.Sequential([keras.Input((4,)), L.Dense(3, activation="relu"), L.Dense(1)])
    reference.load_weights(path)
    if not all(np.allclose(a, b) for a, b in zip(fresh.get_weights(), reference.get_weights())):
        raise Mistake(_("restored weights"), _("not those in the checkpoint"), _("the checkpoint's weights"),
                      _("fresh.load_weights(checkpoint path)"))


@exercise("transfer.make_subset")
@pytest.mark.parametrize("fraction, per_class", [(0.1, {"cats": 2, "dogs": 2, "owls": 1}), (0.01, {"cats": 1, "dogs": 1, "owls": 1}),
                                                 (0.6, {"cats": 12, "dogs": 10, "owls": 8}),  # many picks: no file twice
                                                 (0.5, {"cats": 10, "dogs": 8, "owls": 6})])  # round(8.5) is 8, round(6.5) 6
def test_make_subset(learner, tmp_path, monkeypatch, fraction, per_class):
    sizes = {"cats": 20, "dogs": 17, "owls": 13}  # uneven: 10 % of them is 2, 1.7 and 1.3 files
    source = tmp_path / "source"
    for name, n in sizes.items():
        toydata.image_folders(source, classes=(name,), per_class=n, size=(4, 4))
    picks = []
    for run, seed in (("a", 0), ("b", 0), ("c", 8)):  # seed 0, which is falsy, twice
        for index, path in enumerate(sorted(source.rglob("*.png"), reverse=run == "b")):  # as copied: touched anew
            os.utime(path, (1_700_000_000, 1_700_000_000 + index))
        if run == "b":
            checks.list_in_reverse(monkeypatch, learner=learner)
        target = tmp_path / run
        if run == "c":  # a target made ready beforehand, its class folders empty
            for name in sizes:
                (target / name).mkdir(parents=True)
        result = learner(str(source), str(target), fraction, seed=seed)
        if not isinstance(result, (str, os.PathLike)) or Path(result) != target:
            raise Mistake(_("returned value"), repr(result), repr(str(target)),
                          _("return target_dir, ready for image_dataset_from_directory"))
        counts = {c: len(os.listdir(target / c)) if (target / c).is_dir() else 0 for c in sizes}
        if counts != per_class:
            raise Mistake(_("files per class for fraction {fraction} of {sizes}").format(
                              fraction=fraction, sizes=sizes), counts, per_class,
                          _("this exercise's count: max(1, round(n * fraction)) different files (rng.sample) "
                            "from every class: no class may go missing"))
        if sum(1 for _ in source.rglob("*.png")) != sum(sizes.values()):
            raise Mistake(_("source folder"), _("files missing"),
                          _("{count} files, untouched").format(count=sum(sizes.values())),
                          _("copy, do not move: the full data set stays as it was"))
        picks.append(sorted(str(p.relative_to(target)) for p in target.rglob("*.png")))
        for path in target.rglob("*.png"):
            original = source / path.relative_to(target)
            if path.is_symlink() or path.stat().st_ino == original.stat().st_ino:
                raise Mistake(_("copied file"), _("{name}, a link to the source file").format(name=path.name),
                              _("a copy of its own"),
                              _("copy the files (shutil.copy2): a link changes with the full data set, and breaks "
                                "when it moves"))
            if path.read_bytes() != original.read_bytes():
                raise Mistake(_("copied file"), path.name, _("the same bytes as the source"),
                              _("copy the files (shutil.copy2), do not rewrite them"))
    if picks[0] != picks[1]:
        raise Mistake(_("files picked twice with seed {seed}, the folders listed in another order the second "
                        "time").format(seed=0),
                      _("{first} the first time, {second} the second").format(
                          first=sorted(set(picks[0]) - set(picks[1]))[:2],
                          second=sorted(set(picks[1]) - set(picks[0]))[:2]),
                      _("the same files"),
                      _("pick with random.Random(seed) among the sorted file names: "
                        "os.listdir's order is the file system's; seed 0 is a seed too (no `if seed:`)"))
    if picks[0] == picks[2]:
        raise Mistake(_("files picked with seed {seed} and with seed {other}").format(seed=0, other=8),
                      _("the same files"), _("other files"),
                      _("seed the generator with the seed argument: random.Random(seed)"))
    if fraction == 0.1:  # once; hash seeds 1 and 2 order a set of these class names differently
        for hash_seed in (1, 2):
            again = tmp_path / f"fresh{hash_seed}"
            if checks.call_in_fresh_interpreter(learner, str(source), str(again), fraction, seed=0, hash_seed=hash_seed):
                files = sorted(str(p.relative_to(again)) for p in again.rglob("*.png"))
                if files != picks[0]:
                    raise Mistake(_("files picked with seed {seed} in a new Python process").format(seed=0),
                                  f"{sorted(set(files) - set(picks[0]))[:2]}",
                                  _("the same files as before, e.g. {files}").format(
                                      files=sorted(set(picks[0]) - set(files))[:2]),
                                  _("a set's order changes from one process to the next: walk sorted(...) lists, "
                                    "pick with random.Random(seed)"))
