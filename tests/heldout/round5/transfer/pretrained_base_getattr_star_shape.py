"""Right: Finds the class with getattr(keras.applications, name) and unpacks the size, (*image_size, 3)."""
EXERCISE, VERDICT = "transfer.pretrained_base", "done"
MUTATE = [
    ('return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     'height, width = image_size\n    network = getattr(keras.applications, name)\n    return network(include_top=False, weights=weights, input_shape=(height, width, 3))'),
]
