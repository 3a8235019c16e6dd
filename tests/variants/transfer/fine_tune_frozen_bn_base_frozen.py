"""Wrong: the whole base left frozen (nothing of it fine-tunes)."""
EXERCISE, VERDICT, SAYS = "transfer.fine_tune_frozen_bn", "wrong", "trainable_variables"
MUTATE = [("    base_model.trainable = True\n    frozen = ", "    base_model.trainable = False\n    frozen = ")]
