"""Wrong: multiplies by 0.0039, a rounded 1/255, so 255 becomes 0.9945 and every value is a little low; breaks '0 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    (
        '    return np.asarray(images, dtype="float32") / 255.0\n',
        '    return np.asarray(images, dtype="float32") * 0.0039  # 1 / 255\n',
    ),
]
