"""Right: builds a 256-entry float32 table of i / 255 and indexes it with the uint8 pixels."""

EXERCISE, VERDICT, SAYS = "fundamentals.scale_pixels", "done", ''

MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'table = np.arange(256, dtype="float32") / 255.0\n    return table[np.asarray(images).astype("int64")]'),
]
