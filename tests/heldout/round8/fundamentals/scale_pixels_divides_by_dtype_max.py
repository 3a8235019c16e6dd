"""Wrong: divides by the largest value of the array's integer dtype (np.iinfo), which is 255 only for uint8: pixels 0..255 stored as int32 or int64 come out near 0; breaks 'each value the pixel divided by 255: 0 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    (
        '    return np.asarray(images, dtype="float32") / 255.0',
        '    images = np.asarray(images)\n    return images.astype("float32") / np.iinfo(images.dtype).max  # the brightest value the dtype holds',
    ),
]
