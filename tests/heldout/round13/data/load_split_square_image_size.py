"""Wrong: resizes every image to a square of the first size, (image_size[0], image_size[0]), as square inputs are usual; breaks 'image_size: (height, width) every image is resized to'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('    common = dict(image_size=image_size, batch_size=batch_size,',
     '    common = dict(image_size=(image_size[0], image_size[0]), batch_size=batch_size,'),
]
