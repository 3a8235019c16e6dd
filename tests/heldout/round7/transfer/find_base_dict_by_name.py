"""Right: a dictionary of the model's layers by name, the count taken from the base's layers list."""
EXERCISE, VERDICT = "transfer.find_base", "done"
MUTATE = [
    ("""    base = model.get_layer(base_name)
    return base, len(base.layers)""",
     """    by_name = {layer.name: layer for layer in model.layers}
    base = by_name[base_name]
    return base, len(base.layers)"""),
]
