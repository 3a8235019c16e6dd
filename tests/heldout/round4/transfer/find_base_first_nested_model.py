"""Wrong: Took the first layer that is itself a keras.Model, ignoring base_name, so a nested Sequential before the base is returned instead; breaks 'A name does not move: find the base by its name'."""
EXERCISE, VERDICT = "transfer.find_base", "wrong"
MUTATE = [
    ("""    base = model.get_layer(base_name)
    return base, len(base.layers)""",
     """    base = next(layer for layer in model.layers if isinstance(layer, keras.Model))
    return base, len(base.layers)"""),
]
