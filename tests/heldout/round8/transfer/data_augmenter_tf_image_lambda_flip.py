"""Wrong: flips with tf.image.random_flip_left_right inside a Lambda layer, which flips at inference too; breaks 'gives them back untouched otherwise' / 'at inference (predict, evaluate) images pass through untouched'."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    (
        'def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n',
        'def data_augmenter():\n    return keras.Sequential([\n        keras.layers.Lambda(lambda images: tf.image.random_flip_left_right(images)),\n',
    ),
]
