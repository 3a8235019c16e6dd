"""Wrong: returns tf.image.per_image_standardization, which scales each image to mean 0 and std 1; breaks '0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"
MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return tf.image.per_image_standardization'),
]
