"""Right: builds the two layers from config dicts with keras.layers.deserialize, as a chatbot giving JSON would, into a Sequential."""

EXERCISE, VERDICT, SAYS = "transfer.data_augmenter", "done", ""

import keras

_SPEC = [
    {"module": "keras.layers", "class_name": "RandomFlip", "config": {"mode": "horizontal"}},
    {"module": "keras.layers", "class_name": "RandomRotation", "config": {"factor": 0.2}},
]


def data_augmenter():
    return keras.Sequential([keras.layers.deserialize(dict(spec, config=dict(spec["config"]))) for spec in _SPEC])
