"""Wrong: the learner returned the training model as the test pipeline too, trusting that random layers do nothing at inference; when the test pipeline is called in training mode it augments, which breaks 'The test pipeline: the rescaling and nothing else' and 'a test pipeline must never change its images'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])\n    return train, test',
     '    test = train\n    return train, test'),
]
