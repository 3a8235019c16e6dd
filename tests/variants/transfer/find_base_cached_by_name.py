"""Wrong: caches the base found for a name in a module-level dict, so a second model whose base has the same name gets the first model's base; breaks 'Returns: (base, count): the layer object itself' (of this model)."""

EXERCISE, VERDICT, SAYS = "transfer.find_base", "wrong", 'module variable _FOUND'

MUTATE = [
    (
        'def find_base(model, base_name):\n    base = model.get_layer(base_name)\n',
        '_FOUND = {}\n\n\ndef find_base(model, base_name):\n    if base_name not in _FOUND:  # searching is slow: once per name\n        _FOUND[base_name] = model.get_layer(base_name)\n    base = _FOUND[base_name]\n',
    ),
]
