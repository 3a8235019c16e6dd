"""Right: Walks model.layers for the layer whose .name equals base_name instead of get_layer."""
EXERCISE, VERDICT = "transfer.find_base", "done"
MUTATE = [
    ('''    base = model.get_layer(base_name)
    return base, len(base.layers)''',
     '''    for layer in model.layers:
        if layer.name == base_name:
            return layer, len(layer.layers)
    raise ValueError(f"no layer named {base_name}")'''),
]
