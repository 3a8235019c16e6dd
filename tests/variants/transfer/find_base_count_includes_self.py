"""Wrong: counts with _flatten_layers(), the Keras analogue of PyTorch's len(list(module.modules())), which includes the base itself (155 for MobileNetV2); breaks 'the number of the base's own layers ... 154 for MobileNetV2'."""

EXERCISE, VERDICT, SAYS = "transfer.find_base", "wrong", "layers in base"

MUTATE = [
    ('    return base, len(base.layers)',
     '    return base, sum(1 for _ in base._flatten_layers())'),
]
