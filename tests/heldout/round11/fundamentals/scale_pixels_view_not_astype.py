"""Wrong: reinterprets the bytes with .view("float32") instead of converting with .astype: the shape shrinks by 4 on the last axis and the values are garbage (or it raises); breaks 'each value the pixel divided by 255: 0 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return np.ascontiguousarray(images).view("float32") / 255.0'),
]
