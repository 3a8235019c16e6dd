"""Wrong: Returned the base's name with the count instead of the layer object; breaks 'Returns: (base, count): the layer object itself'."""
EXERCISE, VERDICT = "transfer.find_base", "wrong"
MUTATE = [
    ("""    base = model.get_layer(base_name)
    return base, len(base.layers)""",
     """    base = model.get_layer(base_name)
    return base.name, len(base.layers)"""),
]
