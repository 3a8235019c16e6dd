"""Right: Looks the network up with getattr(keras.applications, name) and spells the shape (*image_size, 3)."""
EXERCISE, VERDICT = "transfer.pretrained_base", "done"
MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     '''    network = getattr(keras.applications, name)
    return network(include_top=False, weights=weights, input_shape=(*image_size, 3))'''),
]
