"""Wrong: the legacy HDF5 format instead of Keras 3's .keras."""
EXERCISE, VERDICT, SAYS = "fundamentals.save_and_reload", "wrong", ".keras"
MUTATE = [('"model.keras"', '"model.h5"')]
