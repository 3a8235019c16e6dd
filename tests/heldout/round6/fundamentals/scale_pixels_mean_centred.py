"""Wrong: subtracts the mean pixel before dividing by 255 (centring, as for normalisation); breaks '0 -> 0.0, 255 -> 1.0'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '''    images = np.asarray(images, dtype="float32")
    return (images - images.mean()) / 255.0'''),
]
