"""Wrong: Returned VGG16's preprocess_input (caffe mode: BGR, mean subtracted, not [-1, 1]); breaks 'maps a batch of images in [0, 255] to [-1, 1]: 0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"
MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return keras.applications.vgg16.preprocess_input'),
]
