"""Wrong: keeps only the first three entries of the last axis ("drop an alpha channel") before scaling, which also cuts the width of a (28, 28) image; breaks 'a NumPy array (not a tensor) of the same shape'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [('    return np.asarray(images, dtype="float32") / 255.0', '    return np.asarray(images, dtype="float32")[..., :3] / 255.0')]
