"""Tips on a passing answer written in the notes' Keras 2 spellings, read where the learner's code ran.

A model built from ``Flatten(input_shape=(28, 28))`` works in Keras 3, which warns; its configuration is the
same as one that starts with ``keras.Input``, so only the process that built it can tell the two apart.
"""

from __future__ import annotations

from .i18n import N_, _
from .problems import tip

INPUT_SHAPE = N_("Keras 3 prefers the input declared first, keras.Input(shape=...), to input_shape= on the first "
                 "layer (Keras 2's spelling, which Keras 3 accepts with a warning)")


def tip_on(value, depth: int = 0) -> None:
    """Give the tips that the value the learner's function returned calls for (its models, in tuples and dicts)."""
    import keras

    if depth > 2:
        return
    if isinstance(value, (list, tuple)):
        for item in value:
            tip_on(item, depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            tip_on(item, depth + 1)
    elif isinstance(value, keras.Model) and any(getattr(layer, "_input_shape_arg", None) is not None
                                               for layer in value._flatten_layers(include_self=False)):
        tip(_(INPUT_SHAPE))
