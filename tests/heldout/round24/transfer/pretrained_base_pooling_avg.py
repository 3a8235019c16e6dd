"""Wrong: the learner added pooling="avg" to the application call, having read that a head reads one number per feature map, so the base already ends in a global average pooling: one extra layer and (None, 1280) instead of the feature maps; breaks 'the whole network as keras.applications builds it without its top, 154 layers for MobileNetV2'."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     '    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights,\n'
     '                       pooling="avg")'),
]
