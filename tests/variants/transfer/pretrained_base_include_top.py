"""Wrong: include_top=True keeps ImageNet's 1000-class classifier."""
EXERCISE, VERDICT, SAYS = "transfer.pretrained_base", "wrong", 'include_top=False'
MUTATE = [('return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)', 'return BASES[name](input_shape=tuple(image_size) + (3,), include_top=True, weights=weights)')]
