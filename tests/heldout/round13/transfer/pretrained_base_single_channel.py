"""Wrong: builds the base for image_size + (1,), one channel, as for the grayscale data of the fundamentals section; breaks 'The network's input is that size with 3 colour channels: image_size + (3,)'."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    ('input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)\n\n\ndef extract_features',
     'input_shape=tuple(image_size) + (1,), include_top=False, weights=weights)\n\n\ndef extract_features'),
]
