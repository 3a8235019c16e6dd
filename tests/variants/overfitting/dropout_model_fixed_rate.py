"""Wrong: the rate argument is ignored, always 0.5."""
EXERCISE, VERDICT, SAYS = "overfitting.dropout_model", "wrong", "Dropout(0.2)"
MUTATE = [("def dropout_model(num_words=10000, rate=0.5):\n", "def dropout_model(num_words=10000, rate=0.5):\n    rate = 0.5\n")]
