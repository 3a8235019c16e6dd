"""Wrong: loads with crop_to_aspect_ratio=True, cutting off the sides of images whose shape differs from image_size where the legacy loader squeezes the whole image; breaks 'the same images as legacy_generator finds ..., resized to `image_size` ...; nothing else changed'."""

EXERCISE, VERDICT, SAYS = "data.modern_loader", "wrong", 'cropped'

MUTATE = [
    (
        'batch_size=batch_size, label_mode="binary")',
        'batch_size=batch_size, label_mode="binary",\n                                                       crop_to_aspect_ratio=True)',
    ),
]
