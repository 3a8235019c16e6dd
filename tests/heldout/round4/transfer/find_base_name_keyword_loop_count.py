"""Right: get_layer(name=...) by keyword, and counts the base's layers by iterating them."""
EXERCISE, VERDICT = "transfer.find_base", "done"
MUTATE = [
    ("""    base = model.get_layer(base_name)
    return base, len(base.layers)""",
     """    base = model.get_layer(name=base_name)
    count = sum(1 for _ in base.layers)
    return base, count"""),
]
