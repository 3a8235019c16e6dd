"""Right: next() over the model's layers whose name matches, with a clear error when none does; the count from the base's own layers."""

EXERCISE, VERDICT = "transfer.find_base", "done"

def find_base(model, base_name):
    base = next((layer for layer in model.layers if layer.name == base_name), None)
    if base is None:
        raise ValueError(f"no layer named {base_name!r} in {model.name}")
    return base, len(base.layers)
