"""Wrong: a sigmoid output with from_logits=True applies the sigmoid twice."""
EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "wrong", "from_logits=True"
MUTATE = [('loss="binary_crossentropy"', "loss=keras.losses.BinaryCrossentropy(from_logits=True)")]
