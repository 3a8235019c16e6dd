"""Right: searches the model's layers recursively by name, then counts the found base's layers."""
EXERCISE, VERDICT = "transfer.find_base", "done"
MUTATE = [
    ('''    base = model.get_layer(base_name)
    return base, len(base.layers)''',
     '''    def search(layer):
        for inner in getattr(layer, "layers", []):
            if inner.name == base_name:
                return inner
            found = search(inner)
            if found is not None:
                return found
        return None

    base = search(model)
    return base, len(base.layers)'''),
]
