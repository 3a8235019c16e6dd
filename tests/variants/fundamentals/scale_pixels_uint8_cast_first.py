"""Right (the docstring's images are whole numbers 0..255): casts the input to uint8 first, then divides by 255."""

EXERCISE, VERDICT, SAYS = "fundamentals.scale_pixels", "done", ""

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return np.asarray(images).astype(np.uint8) / np.float32(255)  # pixels are bytes'),
]
