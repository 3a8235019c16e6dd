"""Right: maps 0..255 onto 0..1 with np.interp(images, (0, 255), (0.0, 1.0)): a float64 array of the same shape, each value the pixel / 255."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"

MUTATE = [
    (
        '    return np.asarray(images, dtype="float32") / 255.0\n',
        '    return np.interp(images, (0, 255), (0.0, 1.0))\n',
    ),
]
