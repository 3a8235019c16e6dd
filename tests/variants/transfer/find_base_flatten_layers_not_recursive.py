"""Wrong (its writer labelled it right): counts the base's direct children with _flatten_layers(include_self=False, recursive=False), which counts a Sequential base's InputLayer (8) where len(base.layers) leaves it out (7)."""

EXERCISE, VERDICT, SAYS = "transfer.find_base", "wrong", "layers in"

def find_base(model, base_name):
    base = next(layer for layer in model.layers if layer.name == base_name)
    count = sum(1 for _ in base._flatten_layers(include_self=False, recursive=False))
    return base, count
