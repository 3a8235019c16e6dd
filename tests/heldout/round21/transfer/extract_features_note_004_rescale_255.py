"""Wrong: scales the images again by note 004's rescale=1.0/255 before the base; breaks 'images: float array (N, height, width, 3), already scaled as the base expects'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('base(images, training=False)',
     'base(images * (1.0 / 255), training=False)'),
]
