"""Wrong: returns keras.applications.imagenet_utils.preprocess_input, the shared helper, whose default mode is "caffe" (RGB to BGR, ImageNet means subtracted, no scaling), not MobileNetV2's "tf" mode; breaks 'maps a batch of images in [0, 255] to [-1, 1]: 0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"

MUTATE = [
    (
        '    return keras.applications.mobilenet_v2.preprocess_input\n',
        '    return keras.applications.imagenet_utils.preprocess_input\n',
    ),
]
