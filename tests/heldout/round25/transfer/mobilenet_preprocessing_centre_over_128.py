"""Wrong: the learner centred on 127.5 and divided by 128 (a power of two, "the usual" byte scaling), and the print of 0, 127.5, 255 read about -1, 0, 1; breaks '0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0' (it gives -0.996 and 0.996)."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"

MUTATE = [
    ('def mobilenet_preprocessing():\n    return keras.applications.mobilenet_v2.preprocess_input',
     'def mobilenet_preprocessing():\n    return lambda images: (images - 127.5) / 128.0'),
]
