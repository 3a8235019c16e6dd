"""Wrong: images cast to float but not divided by 255."""
EXERCISE, VERDICT, SAYS = 'data.image_label_pairs', "wrong", '[0, 1]'
MUTATE = [('tf.cast(example["image"], tf.float32) / 255.0', 'tf.cast(example["image"], tf.float32)')]
