"""Right: finds the base's position among the model's layer names and counts its layers from the layer object."""

EXERCISE, VERDICT = "transfer.find_base", "done"

MUTATE = [
    ('    base = model.get_layer(base_name)\n    return base, len(base.layers)',
     '    names = [layer.name for layer in model.layers]\n    base = model.layers[names.index(base_name)]\n    return base, len(base.layers)'),
]
