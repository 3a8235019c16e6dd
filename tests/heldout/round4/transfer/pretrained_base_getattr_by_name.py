"""Right: Looks the constructor up with getattr(keras.applications, name) and unpacks the size into the shape (*image_size, 3)."""
EXERCISE, VERDICT = "transfer.pretrained_base", "done"
MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     """    height, width = image_size
    return getattr(keras.applications, name)(include_top=False, weights=weights, input_shape=(height, width, 3))"""),
]
