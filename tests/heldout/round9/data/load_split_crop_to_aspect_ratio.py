"""Wrong: passes crop_to_aspect_ratio=True so that pictures are not squashed: each image is first cropped to the target's aspect ratio, cutting off part of it, then resized; breaks 'image_size: (height, width) every image is resized to'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    (
        '    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed)\n',
        '    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed, crop_to_aspect_ratio=True)\n',
    ),
]
