"""Wrong: asks the loader to keep each image's aspect ratio (pad_to_aspect_ratio=True), so non-matching images get black bars instead of being stretched as the legacy generator does; breaks 'pixels in [0, 1]; nothing else changed'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('batch_size=batch_size, label_mode="binary")',
     'batch_size=batch_size, label_mode="binary",\n                                                       pad_to_aspect_ratio=True)'),
]
