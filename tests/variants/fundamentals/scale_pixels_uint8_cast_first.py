"""Wrong: casts the input to uint8 before scaling, which truncates pixel values that are not whole (127.5 -> 127); breaks 'each value the pixel divided by 255'."""

EXERCISE, VERDICT, SAYS = "fundamentals.scale_pixels", "wrong", '127.5'

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return np.asarray(images).astype(np.uint8) / np.float32(255)  # pixels are bytes'),
]
