"""Wrong: adds a leading batch axis with [None], the PyTorch unsqueeze(0) habit before a forward pass; breaks 'a NumPy array (not a tensor) of the same shape'."""

EXERCISE, VERDICT, SAYS = "fundamentals.scale_pixels", "wrong", "shape"

MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'return (np.asarray(images, dtype="float32") / 255.0)[None, ...]'),
]
