"""Wrong: transposes the images to (n, width, height, channels), thinking of PIL's (width, height) order; 8x8 images keep their shape but every image is mirrored across its diagonal; breaks 'the values and dtypes of the arrays unchanged'."""

EXERCISE, VERDICT, SAYS = 'data.feature_dicts', 'wrong', "each image's shape"

MUTATE = [
    ('{"image": images, "label": labels}',
     '{"image": np.transpose(images, (0, 2, 1, 3)), "label": labels}'),
]
