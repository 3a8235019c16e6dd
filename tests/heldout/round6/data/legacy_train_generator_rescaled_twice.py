"""Wrong: adds a preprocessing_function that divides by 255 as well as rescale=1/255, so pixels are divided twice; breaks 'rescale 1.0/255: pixels come out in [0, 1]' (not [0, 1/255])."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('horizontal_flip=True, vertical_flip=True)',
     '''horizontal_flip=True, vertical_flip=True,
                                                              preprocessing_function=lambda image: image / 255.0)'''),
]
