"""Wrong: Counted only the base's frozen layers (all 154 of note 002's frozen base); breaks 'the number of the
base's own layers'."""
EXERCISE, VERDICT, SAYS = "transfer.find_base", "wrong", "frozen or not"
MUTATE = [("    return base, len(base.layers)", "    return base, sum(not layer.trainable for layer in base.layers)")]
