"""Wrong: Adam(1e-5), a fine-tuning rate, is far too small to train a model from scratch (only training shows it)."""
EXERCISE, VERDICT, SAYS = "fundamentals.multiclass_classifier", "wrong", "training"
MUTATE = [('optimizer="adam", loss=loss', 'optimizer=keras.optimizers.Adam(1e-5), loss=loss')]
