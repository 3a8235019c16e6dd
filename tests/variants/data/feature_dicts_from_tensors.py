"""Wrong: from_tensors makes one element holding everything."""
EXERCISE, VERDICT, SAYS = 'data.feature_dicts', "wrong", 'from_tensors'
MUTATE = [('from_tensor_slices({"image": images, "label": labels})', 'from_tensors({"image": images, "label": labels})')]
