"""Wrong: counts only the base's layers that hold weights ('the layers that learn'); breaks 'the number of the base's own layers, as note 000 prints them: 154 for MobileNetV2'."""
EXERCISE, VERDICT = "transfer.find_base", "wrong"
MUTATE = [
    ("""    base = model.get_layer(base_name)
    return base, len(base.layers)""",
     """    base = model.get_layer(base_name)
    return base, len([layer for layer in base.layers if layer.weights])"""),
]
