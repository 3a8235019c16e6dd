"""Wrong: writes width_shift_range=30 for "30 %", which ImageDataGenerator reads as 30 pixels; breaks 'width_shift_range 0.3, a fraction of the width'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [("rescale=1.0 / 255, width_shift_range=0.3,", "rescale=1.0 / 255, width_shift_range=30,")]
