"""Wrong: finds the base's position by name, then subtracts 1 "because layers[0] is the input", taking the layer before it; breaks 'find the base by its name' (the layer object itself)."""

EXERCISE, VERDICT = "transfer.find_base", "wrong"

MUTATE = [
    (
        '    base = model.get_layer(base_name)\n',
        '    names = [layer.name for layer in model.layers]\n    base = model.layers[names.index(base_name) - 1]  # layers[0] is the input\n',
    ),
]
