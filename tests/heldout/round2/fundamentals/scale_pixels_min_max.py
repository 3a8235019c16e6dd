"""Wrong: Min-max scaled by the array's own min and max instead of dividing by 255; breaks 'each value the pixel divided by 255'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'images = np.asarray(images, dtype="float32")\n    return (images - images.min()) / (images.max() - images.min())'),
]
