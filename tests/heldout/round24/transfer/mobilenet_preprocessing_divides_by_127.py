"""Wrong: the learner built the scaling by hand as Rescaling(1/127, offset=-1), rounding the half of 255 down to an integer; 0 still goes to -1, but 127.5 gives 0.004 and 255 gives 1.008, a little outside [-1, 1]; breaks 'maps a batch of images in [0, 255] to [-1, 1]: 0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"

MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input\n',
     '    return keras.layers.Rescaling(1 / 127, offset=-1)\n'),
]
