"""Wrong: Also divided by 255 in a preprocessing_function, so pixels are scaled twice and end near 0; breaks
'rescale 1.0/255: pixels come out in [0, 1]'."""
EXERCISE, VERDICT, SAYS = "data.legacy_train_generator", "wrong", "no centring"
MUTATE = [("ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3,",
           "ImageDataGenerator(rescale=1.0 / 255, preprocessing_function=lambda x: x / 255,\n"
           "                                                              width_shift_range=0.3,")]
