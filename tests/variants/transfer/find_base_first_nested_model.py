"""Wrong: auto-detects the base as the first nested keras.Model among the model's layers, ignoring base_name, so a nested Sequential before the base is taken for it; breaks 'A name does not move: find the base by its name'."""

EXERCISE, VERDICT, SAYS = "transfer.find_base", "wrong", "layer found for base_name='base'"

MUTATE = [
    ('    base = model.get_layer(base_name)',
     '    # the base is the model inside the model: no need to know its name\n'
     '    base = next(layer for layer in model.layers if isinstance(layer, keras.Model))'),
]
