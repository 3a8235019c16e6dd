"""Wrong: transposes each image to channels-first after scaling, the torchvision ToTensor layout; breaks 'each element becomes a pair: the image as float32 / 255.0, in [0, 1], and its label'."""

EXERCISE, VERDICT, SAYS = "data.image_label_pairs", "wrong", "image shape"

MUTATE = [
    ('return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
     'image = tf.cast(example["image"], tf.float32) / 255.0\n        return tf.transpose(image, [2, 0, 1]), example["label"]'),
]
