"""Wrong: Cast the scaled result back to the input's dtype to keep the array 'the same'; breaks 'an array of the same shape, floating point ... an answer whose result stays integer (200 -> 0) fails'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '''    images = np.asarray(images)
    return (images.astype("float32") / 255.0).astype(images.dtype)'''),
]
