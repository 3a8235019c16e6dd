"""Wrong: converts with np.array(images, dtype='float32', ndmin=3) so that every input 'is an image', which prepends axes to one- and two-axis inputs; breaks 'a NumPy array (not a tensor) of the same shape'."""

EXERCISE, VERDICT = 'fundamentals.scale_pixels', 'wrong'

MUTATE = [
    ('np.asarray(images, dtype="float32") / 255.0',
     'np.array(images, dtype="float32", ndmin=3) / 255.0'),
]
