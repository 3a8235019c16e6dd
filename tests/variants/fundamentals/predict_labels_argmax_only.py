"""Wrong: argmax over the single column of a binary model is always 0."""
EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", "always 0"
MUTATE = [("if probs.shape[-1] == 1:", "if False:")]
