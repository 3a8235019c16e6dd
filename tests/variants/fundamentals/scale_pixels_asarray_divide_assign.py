"""Wrong: converts with np.asarray and divides in place (/=), which writes into the caller's array when it is already float32; breaks 'it changes neither them nor this module's variables'."""

EXERCISE, VERDICT, SAYS = "fundamentals.scale_pixels", "wrong", 'the argument images'

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    scaled = np.asarray(images, dtype="float32")\n    scaled /= 255.0\n    return scaled'),
]
