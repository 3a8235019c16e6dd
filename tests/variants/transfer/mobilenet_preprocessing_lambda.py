"""Correct: the arithmetic written out."""
EXERCISE, VERDICT, SAYS = "transfer.mobilenet_preprocessing", "done", ""


def mobilenet_preprocessing():
    return lambda images: images / 127.5 - 1.0
