"""Wrong: validates its input as 'an image or a batch of images' and raises ValueError for fewer than two axes, so a one-axis array of pixels is refused; breaks 'images: an array of any shape with values 0..255'."""

EXERCISE, VERDICT, SAYS = "fundamentals.scale_pixels", "wrong", "scale_pixels() raised ValueError"

MUTATE = [
    ('def scale_pixels(images):\n    return',
     'def scale_pixels(images):\n'
     '    images = np.asarray(images)\n'
     '    if images.ndim < 2:\n'
     '        raise ValueError(f"expected an image or a batch of images, got shape {images.shape}")\n'
     '    return'),
]
