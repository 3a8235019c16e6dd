"""Wrong: the learner's grayscale images came as (n, 28, 28, 1) and plt.imshow refused the trailing 1, so they squeezed the scaled array, and their (10, 28, 28) check came back unchanged; np.squeeze drops every axis of size 1, so a (28, 28, 1) image comes back (28, 28) and a batch of one image loses its batch axis; breaks 'a NumPy array (not a tensor) of the same shape'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return np.squeeze(np.asarray(images, dtype="float32")) / 255.0'),
]
