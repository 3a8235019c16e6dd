"""Wrong: scales with PyTorch's ImageNet mean/std Normalization instead of MobileNetV2's [-1, 1]; breaks 'checks that pixels 0, 127.5 and 255 reach the base as -1, 0 and 1' (MobileNetV2's scaling to [-1, 1])."""

EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", "scaling"

MUTATE = [
    ('x = keras.applications.mobilenet_v2.preprocess_input(x)',
     'x = keras.layers.Normalization(mean=[123.675, 116.28, 103.53],\n                                  variance=[58.395 ** 2, 57.12 ** 2, 57.375 ** 2])(x)'),
]
