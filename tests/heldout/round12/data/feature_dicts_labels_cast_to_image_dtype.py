"""Wrong: casts the labels to the images' uint8 so the dictionary holds one dtype; breaks 'the values and dtypes of the arrays unchanged'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    ('{"image": images, "label": labels}',
     '{"image": images, "label": np.asarray(labels).astype(images.dtype)}'),
]
