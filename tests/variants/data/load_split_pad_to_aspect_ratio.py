"""Wrong: passes pad_to_aspect_ratio=True, so non-square images are letterboxed with black bars instead of resized; breaks 'image_size: (height, width) every image is resized to'."""
EXERCISE, VERDICT, SAYS = "data.load_split", "wrong", 'pad_to_aspect_ratio'

MUTATE = [
    ('validation_split=0.2, seed=seed)',
     'validation_split=0.2, seed=seed, pad_to_aspect_ratio=True)'),
]
