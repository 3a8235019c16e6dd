"""Wrong: divides in place into the given array (no copy), so a uint8 array stays integer (200 -> 0) and the caller's images are overwritten; breaks 'floating point, each value the pixel divided by 255'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '''    images = np.asarray(images)
    images[...] = images / 255.0  # scale in place, no copy
    return images'''),
]
