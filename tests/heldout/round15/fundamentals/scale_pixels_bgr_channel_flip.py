"""Wrong: OpenCV habit: reverses the last axis (BGR to RGB) while scaling, so pixels change places (a grayscale image is mirrored, a 1-axis array reversed); breaks 'each value the pixel divided by 255: 0 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    rgb = np.asarray(images, dtype="float32")[..., ::-1]  # BGR -> RGB\n    return rgb / 255.0'),
]
