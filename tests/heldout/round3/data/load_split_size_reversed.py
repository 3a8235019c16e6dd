"""Wrong: Passed image_size as (width, height), reversed; breaks 'image_size: (height, width) every image is resized to'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('''    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.2, seed=seed)''',
     '''    common = dict(image_size=(image_size[1], image_size[0]), batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.2, seed=seed)'''),
]
