"""How values read in a lesson (GRADERS.md §8): Keras objects whole, as a learner writes them,
and found and expected told apart wherever they would print the same.

Keras objects are read by duck typing (``get_config``), so this module does not import Keras.
"""

from __future__ import annotations

import inspect

from .i18n import _

# Config entries a learner passes by position, per class: Dense(16), Conv2D(32, (3, 3)).
POSITIONAL = {
    "Dense": ("units",), "Embedding": ("input_dim", "output_dim"),
    "Dropout": ("rate",), "SpatialDropout1D": ("rate",), "SpatialDropout2D": ("rate",), "GaussianNoise": ("stddev",),
    "Conv1D": ("filters", "kernel_size"), "Conv2D": ("filters", "kernel_size"), "Conv3D": ("filters", "kernel_size"),
    "SeparableConv2D": ("filters", "kernel_size"), "Conv2DTranspose": ("filters", "kernel_size"),
    "DepthwiseConv2D": ("kernel_size",),
    "MaxPooling1D": ("pool_size",), "MaxPooling2D": ("pool_size",), "MaxPooling3D": ("pool_size",),
    "AveragePooling1D": ("pool_size",), "AveragePooling2D": ("pool_size",), "AveragePooling3D": ("pool_size",),
    "SimpleRNN": ("units",), "LSTM": ("units",), "GRU": ("units",),
    "Activation": ("activation",), "Reshape": ("target_shape",), "Resizing": ("height", "width"),
    "Rescaling": ("scale",), "RandomFlip": ("mode",), "RandomRotation": ("factor",), "RandomZoom": ("height_factor",),
    "RandomContrast": ("factor",), "RandomTranslation": ("height_factor", "width_factor"),
    "L1": ("l1",), "L2": ("l2",),
}
# Keyword entries shown when they are not their default (None: always shown when present).
KEYWORDS = {
    "activation": "linear", "strides": None, "padding": "valid", "offset": 0.0, "width_factor": None,
    "return_sequences": False, "from_logits": False, "learning_rate": None,
    "max_value": None, "data_format": "channels_last",
}
# Config entries that never tell two objects apart for a learner.
UNTOLD = {"name"}


def config_of(value: object) -> dict | None:
    """A Keras object's config (its constructor arguments), or None for anything else."""
    get = getattr(value, "get_config", None)
    if isinstance(value, type) or not callable(get):
        return None
    try:
        config = get()
    except Exception:  # noqa: BLE001 - a learner's layer without a config of its own
        return None
    return config if isinstance(config, dict) else None


def activation_name(value: object) -> str:
    """A layer's activation by name, however it was given: "softmax", keras.activations.softmax
    and tf.nn.softmax (whose name is softmax_v2) are all "softmax"; none is "linear"."""
    fn = getattr(value, "activation", None)
    name = getattr(fn, "__name__", "linear") if fn is not None else "linear"
    return name.removesuffix("_v2")


def argument(value: object) -> str:
    """One argument as code: "relu", 0.2, (3, 3); a nested Keras config by its class name."""
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        items = [argument(v) for v in value]
        return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"
    if isinstance(value, dict):
        return str(value.get("class_name", value))
    try:
        return f"{float(value):g}" if not float(value).is_integer() else str(int(value))  # NumPy scalars
    except (TypeError, ValueError):
        return str(value)


def describe(value: object, activation: bool = True) -> str:
    """A Keras object as a learner writes it, its arguments that matter included:
    Dense(1, activation="sigmoid"), Dropout(0.2), BinaryCrossentropy(from_logits=True).
    Anything else as it prints, on one line. ``activation=False`` leaves the activation out."""
    config = config_of(value)
    if config is None:
        if inspect.isfunction(value) or inspect.isbuiltin(value):  # keras.losses.mse: by its name
            return value.__name__
        return " ".join(str(value).split())
    kind = type(value).__name__
    if kind == "LossFunctionWrapper" and "name" in config:
        kind = str(config["name"])
    args = [argument(config[key]) for key in POSITIONAL.get(kind, ()) if key in config]
    for key, default in KEYWORDS.items():
        if key == "activation":
            name = activation_name(value) if hasattr(value, "activation") else None
            if activation and name not in (None, "linear") and "activation" not in POSITIONAL.get(kind, ()):
                args.append(f'activation="{name}"')
        elif key in config and key not in POSITIONAL.get(kind, ()) and (default is None or _differ(config[key], default)):
            if config[key] is None or (key == "strides" and _no_strides(config)):
                continue
            args.append(f"{key}={argument(config[key])}")
    if not args and kind != type(value).__name__:  # a loss function by its name: binary_crossentropy
        return kind
    return f"{kind}({', '.join(args)})"


def _no_strides(config: dict) -> bool:
    """Strides as the default: 1 for convolutions, the pool size for pooling."""
    strides = config["strides"]
    steps = strides if isinstance(strides, (list, tuple)) else (strides,)
    return strides == config.get("pool_size") or all(step == 1 for step in steps)


def _differ(a: object, b: object) -> bool:
    """a != b, for config values that may be arrays (a Normalization layer's mean)."""
    try:
        return bool(a != b)
    except (TypeError, ValueError):
        return repr(a) != repr(b)


def _config_difference(found: object, expected: object) -> tuple[str, str] | None:
    mine, theirs = config_of(found), config_of(expected)
    if mine is None or theirs is None:
        return None
    missing = object()
    keys = [k for k in dict.fromkeys([*mine, *theirs]) if k not in UNTOLD and _differ(mine.get(k, missing), theirs.get(k, missing))]
    if not keys:
        return None

    def entries(config):
        return ", ".join(f"{k}={argument(config[k])}" if k in config else _("no {key}").format(key=k) for k in keys[:3])

    return entries(mine), entries(theirs)


def _kind(value: object) -> str:
    dtype, shape = getattr(value, "dtype", None), getattr(value, "shape", None)
    if dtype is not None and shape is not None:
        if not tuple(shape):
            return f"{dtype}"
        return _("{dtype} array of shape {shape}").format(dtype=dtype, shape=tuple(shape))
    return type(value).__name__


def _kind_difference(found: object, expected: object) -> tuple[str, str]:
    return _kind(found), _kind(expected)


def _element_difference(found: object, expected: object) -> tuple[str, str] | None:
    """The first element where two arrays of one shape differ."""
    if not all(hasattr(v, "shape") and hasattr(v, "dtype") for v in (found, expected)):
        return None
    import numpy as np

    mine, theirs = np.asarray(found), np.asarray(expected)
    if mine.shape != theirs.shape or not mine.shape:
        return None
    differ = np.argwhere(~((mine == theirs) | ((mine != mine) & (theirs != theirs))))
    if not len(differ):
        return None
    index = tuple(int(i) for i in differ[0])
    at = ", ".join(map(str, index))
    return f"[{at}] = {mine[index].item()!r}", f"[{at}] = {theirs[index].item()!r}"


def _repr_difference(found: object, expected: object) -> tuple[str, str]:
    return " ".join(repr(found).split()), " ".join(repr(expected).split())


def tell_apart(found: object, expected: object) -> tuple[str, str]:
    """``found`` and ``expected`` as a lesson shows them: described, and where the two would read
    the same, each followed by what differs (config entries, type, an element, the repr).
    The two texts always differ."""
    found_text, expected_text = describe(found), describe(expected)
    if found_text != expected_text:
        return found_text, expected_text
    for difference in (_config_difference, _kind_difference, _element_difference, _repr_difference):
        pair = difference(found, expected)
        if pair and pair[0] != pair[1]:
            return f"{found_text} ({pair[0]})", f"{expected_text} ({pair[1]})"
    return _("{found} (which reads the same, but is not what is expected)").format(found=found_text), expected_text
