"""Wrong: Counted the base's weight tensors (len(base.weights)); breaks 'the number of the base's own layers ... 154 for MobileNetV2'."""
EXERCISE, VERDICT = "transfer.find_base", "wrong"
MUTATE = [
    ('''    base = model.get_layer(base_name)
    return base, len(base.layers)''',
     '''    base = model.get_layer(base_name)
    return base, len(base.weights)'''),
]
