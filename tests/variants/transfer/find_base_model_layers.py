"""Wrong: counts the whole model's layers, not the base's."""
EXERCISE, VERDICT, SAYS = "transfer.find_base", "wrong", "len(base.layers)"
MUTATE = [("    return base, len(base.layers)\n", "    return base, len(model.layers)\n")]
