"""Wrong: Saved to model.h5 (legacy HDF5); breaks 'ends in .keras' / 'the Keras 3 format'."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ('"model.keras"',
     '"model.h5"'),
]
