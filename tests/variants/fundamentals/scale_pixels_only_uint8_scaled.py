"""Wrong: only scales uint8 input and returns other integer arrays (int32, int64 with values 0..255) merely cast to float; breaks 'an array of any shape with values 0..255, usually dtype uint8' -> 'each value the pixel divided by 255'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
SAYS = 'values'
MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     """    images = np.asarray(images)
    if images.dtype != np.uint8:
        return images.astype("float32")  # not raw pixels, nothing to scale
    return images.astype("float32") / 255.0"""),
]
