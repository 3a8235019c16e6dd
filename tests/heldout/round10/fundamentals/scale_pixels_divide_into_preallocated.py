"""Right: divides with np.divide into a preallocated float32 array of the input's shape."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    images = np.asarray(images)\n    out = np.empty(images.shape, dtype=np.float32)\n    np.divide(images, 255, out=out)\n    return out'),
]
