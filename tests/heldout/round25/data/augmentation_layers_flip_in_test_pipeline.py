"""Wrong: the learner gave the test pipeline the flip too, reasoning that random layers pass images through at inference anyway (and their predict() check showed unchanged images); called in training mode, the test pipeline flips its images; breaks 'The test pipeline: the rescaling and nothing else' and 'a test pipeline must never change its images'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])',
     '    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255), keras.layers.RandomFlip("horizontal_and_vertical")])'),
]
