"""Wrong: Took the first layer whose name contains "mobilenet", ignoring base_name; breaks 'find the base by its name ... base_name: the base's name'."""
EXERCISE, VERDICT = "transfer.find_base", "wrong"
MUTATE = [
    ('''    base = model.get_layer(base_name)
    return base, len(base.layers)''',
     '''    base = next(layer for layer in model.layers if "mobilenet" in layer.name)
    return base, len(base.layers)'''),
]
