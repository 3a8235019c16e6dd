"""Right: Gives the network an input_tensor=keras.Input(shape=image_size + (3,)) instead of input_shape."""
EXERCISE, VERDICT, SAYS = "transfer.pretrained_base", "done", ''
MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     '''    inputs = keras.Input(shape=tuple(image_size) + (3,))
    return BASES[name](input_tensor=inputs, include_top=False, weights=weights)'''),
]
