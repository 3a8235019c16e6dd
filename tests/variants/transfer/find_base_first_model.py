"""Wrong: the first nested model, by type alone (the augmentation Sequential comes before the base)."""
EXERCISE, VERDICT, SAYS = "transfer.find_base", "wrong", "layer found for base_name"
MUTATE = [("    base = model.get_layer(base_name)\n",
           "    base = next(layer for layer in model.layers if isinstance(layer, keras.Model))\n")]
