"""Wrong: Adam(1e-5), a fine-tuning rate, is far too small to train a model from scratch (only training shows it)."""
EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "wrong", "training"
MUTATE = [('optimizer="adam", loss="binary_crossentropy"', 'optimizer=keras.optimizers.Adam(1e-5), loss="binary_crossentropy"')]
