"""Wrong: the images are converted to float32; tfds-style dictionaries keep them uint8."""
EXERCISE, VERDICT, SAYS = 'data.feature_dicts', "wrong", 'uint8'
MUTATE = [('from_tensor_slices({"image": images, "label": labels})', 'from_tensor_slices({"image": images.astype("float32"), "label": labels})')]
