"""Wrong: the learner returned keras.layers.Rescaling(1./255), the scaling every first tutorial uses, and a batch came out between 0 and 1 as they expected of "scaled" images; breaks 'maps a batch of images in [0, 255] to [-1, 1]: 0 -> -1.0'."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"

MUTATE = [
    ('def mobilenet_preprocessing():\n    return keras.applications.mobilenet_v2.preprocess_input',
     'def mobilenet_preprocessing():\n    return keras.layers.Rescaling(1.0 / 255)'),
]
