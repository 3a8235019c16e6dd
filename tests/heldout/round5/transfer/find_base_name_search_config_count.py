"""Right: Searches model.layers by name and counts the layers listed in the base's config."""
EXERCISE, VERDICT = "transfer.find_base", "done"
MUTATE = [
    ('    base = model.get_layer(base_name)\n    return base, len(base.layers)',
     '    base = next(layer for layer in model.layers if layer.name == base_name)\n    return base, len(base.get_config()["layers"])'),
]
