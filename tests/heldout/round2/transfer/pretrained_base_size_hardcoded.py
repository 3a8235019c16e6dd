"""Wrong: Hard-coded the default 160x160 input; breaks 'image_size + (3,)' (grader's 64x96)."""
EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"
MUTATE = [
    ('return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     'return BASES[name](input_shape=(160, 160, 3), include_top=False, weights=weights)'),
]
