"""Wrong: validated every other epoch only, so the validation curve is shorter than the training one."""
EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", "after every epoch"
MUTATE = [("validation_data=(val_data, val_labels), verbose=0)", "validation_data=(val_data, val_labels), validation_freq=2, verbose=0)")]
