"""Wrong: sets base.trainable = False before returning it, freezing it 'ready for feature extraction'; breaks 'Returns: the base model: the whole network as keras.applications builds it without its top'."""

EXERCISE, VERDICT, SAYS = "transfer.pretrained_base", "wrong", 'frozen layers'

MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)\n',
     '    base = BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)\n    base.trainable = False  # ready for feature extraction\n    return base\n'),
]
