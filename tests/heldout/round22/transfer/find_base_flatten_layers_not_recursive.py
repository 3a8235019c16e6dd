"""Right: finds the layer by name in the model's direct children and counts the base's own direct children with _flatten_layers(include_self=False, recursive=False)."""

EXERCISE, VERDICT = "transfer.find_base", "done"

def find_base(model, base_name):
    base = next(layer for layer in model.layers if layer.name == base_name)
    count = sum(1 for _ in base._flatten_layers(include_self=False, recursive=False))
    return base, count
