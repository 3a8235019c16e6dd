"""Wrong: no validation data, so no val_ curves to compare."""
EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", "val_loss"
MUTATE = [("\n                            validation_data=(val_data, val_labels), verbose=0)", " verbose=0)")]
