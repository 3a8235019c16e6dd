"""Right: searches by name with a helper that looks at the model's own layers first, then inside nested models, and raises ValueError with the name when there is none."""

EXERCISE, VERDICT, SAYS = "transfer.find_base", "done", ""


def _search(layers, name):
    for layer in layers:
        if layer.name == name:
            return layer
    for layer in layers:
        found = _search(getattr(layer, "layers", []), name)
        if found is not None:
            return found
    return None


def find_base(model, base_name):
    base = _search(model.layers, base_name)
    if base is None:
        raise ValueError(f"no layer named {base_name!r} in {model.name}")
    return base, len(base.layers)
