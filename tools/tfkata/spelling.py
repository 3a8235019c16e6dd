"""Tips on a passing answer written in the notes' Keras 2 spellings, read where the learner's code ran.

A model built from ``Flatten(input_shape=(28, 28))`` works in Keras 3, which warns; its configuration is the
same as one that starts with ``keras.Input``, so only the process that built it can tell the two apart.
"""

from __future__ import annotations

from .fresh import held
from .i18n import N_, _
from .problems import tip

INPUT_SHAPE = N_("Keras 3 prefers the input declared first, keras.Input(shape=...), to input_shape= on the first "
                 "layer (Keras 2's spelling, which Keras 3 accepts with a warning)")


def tip_on(value) -> None:
    """Give the tips that the value the learner's function returned calls for (its models, in tuples and dicts)."""
    if any(part == "layer" and getattr(thing, "_input_shape_arg", None) is not None
           for thing, part, _model in held(value)):
        tip(_(INPUT_SHAPE))
