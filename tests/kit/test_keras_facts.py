"""Keras 3 behaviours the graders rely on; if Keras changes one, a grader must change too.

Measured in a process forked from the engine's warm server (tests/kit/helpers.py: forked).
"""

from helpers import forked


def bn_moves(freeze_bn: bool) -> bool:
    """Does a nested BatchNormalization update its statistics when the outer model trains?"""
    import keras
    import numpy as np

    base = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3), keras.layers.BatchNormalization()])
    base.layers[-1].trainable = not freeze_bn
    inputs = keras.Input((4,))
    model = keras.Model(inputs, keras.layers.Dense(1)(base(inputs, training=False)))
    before = base.layers[-1].moving_mean.numpy().copy()
    model(np.random.default_rng(0).uniform(0, 10, (8, 4)).astype("float32"), training=True)
    return not np.allclose(before, base.layers[-1].moving_mean.numpy())


def test_outer_training_overrides_nested_training_false():
    """Why a base called without training=False passes, with a tip (checks.expect_inference_call):
    Keras 3's Functional call passes the outer training=True down to every layer, so the
    training=False in the graph changes nothing while fitting: the lesson of transfer.fine_tune_frozen_bn
    (an unfrozen BatchNormalization in the base updates its moving statistics during fit())."""
    assert forked(bn_moves, False)


def test_frozen_batch_normalization_stays_in_inference_mode():
    """Why transfer.fine_tune_frozen_bn teaches leaving BatchNormalization frozen to get the notes'
    base_model(x, training=False) behaviour while fine-tuning, and why fine_tune accepts both counts.
    If Keras changes either fact, revisit that lesson (stub, grader and catalogue hints)."""
    assert not forked(bn_moves, True)
