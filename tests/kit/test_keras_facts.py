"""Keras 3 behaviours the graders rely on; if Keras changes one, a grader must change too.

Measured in a fresh process: the kit's self-tests keep TensorFlow out of their own.
"""

import pytest
from helpers import run_python

FACTS = """
    import json
    import keras
    import numpy as np

    def bn_moves(freeze_bn):
        '''Does a nested BatchNormalization update its statistics when the outer model trains?'''
        base = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3), keras.layers.BatchNormalization()])
        base.layers[-1].trainable = not freeze_bn
        inputs = keras.Input((4,))
        model = keras.Model(inputs, keras.layers.Dense(1)(base(inputs, training=False)))
        before = base.layers[-1].moving_mean.numpy().copy()
        model(np.random.default_rng(0).uniform(0, 10, (8, 4)).astype("float32"), training=True)
        return not np.allclose(before, base.layers[-1].moving_mean.numpy())

    print(json.dumps({"unfrozen_bn_moves": bn_moves(False), "frozen_bn_moves": bn_moves(True)}))
"""


@pytest.fixture(scope="module")
def facts():
    return run_python(FACTS)


def test_outer_training_overrides_nested_training_false(facts):
    """Why transfer graders read training=False from the graph instead of from behaviour:
    Keras 3's Functional call passes the outer training=True down to every layer."""
    assert facts["unfrozen_bn_moves"]


def test_frozen_batch_normalization_stays_in_inference_mode(facts):
    assert not facts["frozen_bn_moves"]
