"""Wrong: marks the caller's arrays read-only ("tf.data may share their memory"), changing the arguments it was given; breaks 'it changes neither them'."""
EXERCISE, VERDICT, SAYS = "data.feature_dicts", "wrong", 'flags.writeable'
MUTATE = [("""    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})""",
           """    images.flags.writeable = False
    labels.flags.writeable = False
    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})""")]
