"""Wrong: converts to float16 to save memory before dividing; float16 keeps about three digits, so 200 / 255 comes out 0.7842 instead of 0.78431; breaks 'each value the pixel divided by 255'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    (
        '    return np.asarray(images, dtype="float32") / 255.0\n',
        '    return np.asarray(images, dtype="float16") / 255.0  # half the memory\n',
    ),
]
