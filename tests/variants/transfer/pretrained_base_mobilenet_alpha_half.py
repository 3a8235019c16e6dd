"""Wrong: builds the lighter MobileNetV2 (alpha=0.5) "for speed", a different network with other weights and parameter counts; breaks 'the base model: the whole network as keras.applications builds it without its top'."""

EXERCISE, VERDICT, SAYS = "transfer.pretrained_base", "wrong", 'parameters'

MUTATE = [
    ('return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     'options = {"alpha": 0.5} if name == "MobileNetV2" else {}\n    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights, **options)'),
]
