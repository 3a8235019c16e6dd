"""Wrong: resizes the images to the notes' IMG_SIZE (160, 160) on the way in, which also makes them float32; breaks 'the k-th being the dictionary with "image" images[k] ... the values and dtypes of the arrays unchanged'."""
EXERCISE, VERDICT = "data.feature_dicts", "wrong"
MUTATE = [
    ("    return tf.data.Dataset.from_tensor_slices({\"image\": images, \"label\": labels})",
     "    IMG_SIZE = (160, 160)\n"
     "    return tf.data.Dataset.from_tensor_slices({\"image\": tf.image.resize(images, IMG_SIZE), \"label\": labels})"),
]
