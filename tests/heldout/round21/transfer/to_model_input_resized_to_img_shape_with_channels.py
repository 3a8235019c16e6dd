"""Wrong: resizes to note 000's IMG_SHAPE = IMG_SIZE + (3,), passing three numbers to tf.image.resize, which wants (height, width) (ValueError); breaks 'any size -> resized to `image_size` (height, width)'."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    ('x = tf.image.resize(tf.cast(x, tf.float32), image_size)',
     'IMG_SHAPE = tuple(image_size) + (3,)  # note 000\n    x = tf.image.resize(tf.cast(x, tf.float32), IMG_SHAPE)'),
]
