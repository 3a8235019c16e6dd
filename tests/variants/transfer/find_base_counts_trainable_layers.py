"""Wrong: Counted only the base's trainable layers, which is 0 for a frozen base; breaks 'the number of the base's
own layers, as note 000 prints them: 154 for MobileNetV2'."""
EXERCISE, VERDICT, SAYS = "transfer.find_base", "wrong", "frozen or not"
MUTATE = [
    ("""    base = model.get_layer(base_name)
    return base, len(base.layers)""",
     """    base = model.get_layer(base_name)
    return base, len([layer for layer in base.layers if layer.trainable])"""),
]
