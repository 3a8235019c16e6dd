"""Wrong: a PyTorch habit, moves the channel axis to the front after scaling; breaks 'a NumPy array (not a tensor) of the same shape'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     """    scaled = np.asarray(images, dtype="float32") / 255.0
    if scaled.ndim >= 3:
        scaled = np.moveaxis(scaled, -1, -3)  # channels first, as torchvision wants
    return scaled"""),
]
