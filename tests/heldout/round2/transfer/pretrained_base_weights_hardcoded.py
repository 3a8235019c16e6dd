"""Wrong: Always asked for weights='imagenet', ignoring the argument; breaks 'weights: passed through to the network'."""
EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"
MUTATE = [
    ('return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     'return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights="imagenet")'),
]
