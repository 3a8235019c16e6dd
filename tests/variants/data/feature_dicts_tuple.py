"""Wrong: (image, label) tuples instead of tfds-style dictionaries."""
EXERCISE, VERDICT, SAYS = 'data.feature_dicts', "wrong", 'dictionary'
MUTATE = [('from_tensor_slices({"image": images, "label": labels})', 'from_tensor_slices((images, labels))')]
