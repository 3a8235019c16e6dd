"""Wrong: Dropout(0.2) instead of 0.5."""
EXERCISE, VERDICT, SAYS = "transfer.vgg16_classifier", "wrong", 'Dropout(0.5)'
MUTATE = [('keras.layers.Dropout(0.5)', 'keras.layers.Dropout(0.2)')]
