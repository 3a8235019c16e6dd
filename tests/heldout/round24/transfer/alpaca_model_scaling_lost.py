"""Wrong: the learner wrote the scaling first and the augmentation second (the docstring allows either order) but fed both from `inputs`, so the scaled tensor is thrown away and the base sees raw 0..255 pixels; the model builds, trains and has the right parameter counts; breaks 'MobileNetV2's scaling to [-1, 1]' and 'checks that pixels 0, 127.5 and 255 reach the base as -1, 0 and 1'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('    x = data_augmentation(inputs)\n    x = keras.applications.mobilenet_v2.preprocess_input(x)',
     '    x = keras.applications.mobilenet_v2.preprocess_input(inputs)\n    x = data_augmentation(inputs)'),
]
