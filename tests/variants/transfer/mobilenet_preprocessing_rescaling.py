"""Correct: a Rescaling layer (the note's commented alternative)."""
EXERCISE, VERDICT, SAYS = "transfer.mobilenet_preprocessing", "done", ""

import keras


def mobilenet_preprocessing():
    return keras.layers.Rescaling(1.0 / 127.5, offset=-1)
