"""Wrong: the input shape lacks the colour channels."""
EXERCISE, VERDICT, SAYS = "transfer.pretrained_base", "wrong", '+ (3,)'
MUTATE = [('return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)', 'return BASES[name](input_shape=tuple(image_size), include_top=False, weights=weights)')]
