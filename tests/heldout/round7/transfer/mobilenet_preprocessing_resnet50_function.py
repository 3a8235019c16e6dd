"""Wrong: returns ResNet50's preprocess_input (caffe mode: BGR, ImageNet means subtracted); breaks 'maps a batch of images in [0, 255] to [-1, 1]: 0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"
MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input',
     '    return keras.applications.resnet50.preprocess_input'),
]
