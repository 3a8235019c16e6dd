"""Wrong: returns a function that leaves a batch alone when its largest value is at most 1 ("already scaled"), so a dark batch of zeros stays 0; breaks 'maps a batch of images in [0, 255] to [-1, 1]: 0 -> -1.0'."""

EXERCISE, VERDICT, SAYS = "transfer.mobilenet_preprocessing", "wrong", "scaling"

MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input\n',
     '    def scale(images):\n'
     '        images = keras.ops.convert_to_tensor(images, dtype="float32")\n'
     '        # scaling twice would squash the pixels: skip batches already in [-1, 1]\n'
     '        return keras.ops.where(keras.ops.max(images) <= 1.0, images, images / 127.5 - 1.0)\n'
     '    return scale\n'),
]
