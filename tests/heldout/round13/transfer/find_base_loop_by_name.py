"""Right: walks model.layers and returns the layer whose name equals base_name, with len(base.layers)."""

EXERCISE, VERDICT = "transfer.find_base", "done"

MUTATE = [
    ('    base = model.get_layer(base_name)\n    return base, len(base.layers)',
     '    for layer in model.layers:\n        if layer.name == base_name:\n            return layer, len(layer.layers)\n    raise ValueError(f"no layer named {base_name!r}")'),
]
