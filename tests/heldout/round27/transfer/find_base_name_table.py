"""Right: a dictionary from each top-level layer's name to the layer is built and looked up with base_name (names are unique within a model), so the base is found wherever it stands; its own layers counted with len(base.layers)."""

EXERCISE, VERDICT = "transfer.find_base", "done"

MUTATE = [
    ('''    base = model.get_layer(base_name)
    return base, len(base.layers)''',
     '''    by_name = {layer.name: layer for layer in model.layers}
    base = by_name[base_name]
    count = len(base.layers)
    return base, count'''),
]
