"""Wrong: Added pooling="avg", so the base gives pooled vectors instead of feature maps; breaks 'what remains turns an image into feature maps, (None, 5, 5, 1280) ... the whole network as keras.applications builds it without its top'."""
EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"
MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     '    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights, pooling="avg")'),
]
