"""Wrong: integer division keeps integers, so every pixel but 255 becomes 0."""
EXERCISE, VERDICT, SAYS = "fundamentals.scale_pixels", "wrong", "keep integers"


def scale_pixels(images):
    return images // 255
