"""Wrong: cuts the last layer off the already top-less network ('to remove the classifier'); breaks 'the whole network as keras.applications builds it without its top, 154 layers for MobileNetV2'."""
EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"
MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     '''    full = BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)
    return keras.Model(full.input, full.layers[-2].output)  # cut off the classifier'''),
]
