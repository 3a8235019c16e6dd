"""Right: flows with interpolation="bilinear" instead of the default nearest; images are still resized to image_size, rescaled by 1/255 and labelled in binary mode."""

EXERCISE, VERDICT = "data.legacy_generator", "done"

MUTATE = [
    ('class_mode="binary")\n\n\ndef modern_loader',
     'class_mode="binary", interpolation="bilinear")\n\n\ndef modern_loader'),
]
