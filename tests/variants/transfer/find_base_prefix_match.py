"""Wrong: takes the first layer whose name starts with base_name (allowing Keras' _1 suffixes), so a layer named e.g. "base_augment" before the base is returned instead; breaks 'A name does not move: find the base by its name' and 'the layer object itself'."""
EXERCISE, VERDICT, SAYS = "transfer.find_base", "wrong", 'base_prepare'
MUTATE = [
    ("    base = model.get_layer(base_name)", "    base = next(layer for layer in model.layers if layer.name.startswith(base_name))"),
]
