"""Wrong: test_datagen's settings (rescale only) for the training data."""
EXERCISE, VERDICT, SAYS = "data.legacy_train_generator", "wrong", "width_shift_range=0.3"
MUTATE = [("(rescale=1.0 / 255, width_shift_range=0.3,\n                                                              rotation_range=30, zoom_range=0.3,\n                                                              horizontal_flip=True, vertical_flip=True)", "(rescale=1.0 / 255)")]
