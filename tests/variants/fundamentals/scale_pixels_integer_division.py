"""Wrong: integer division keeps integers, so every pixel but 255 becomes 0."""
EXERCISE, VERDICT, SAYS = "fundamentals.scale_pixels", "wrong", "keep integers"
MUTATE = [('return np.asarray(images, dtype="float32") / 255.0', "return images // 255")]
