"""Wrong: the learner reused the Rescaling(1/255) layer of the data notes and called it on the array, which gives the right floats but as a TensorFlow tensor; breaks 'a NumPy array (not a tensor) of the same shape'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'return keras.layers.Rescaling(1.0 / 255)(images)'),
]
