"""Wrong: the learner built MobileNetV2 without input_shape, as note 001 builds its EfficientNetB0, since the model's Input already fixes the size and the untrained base runs on any size; the base is built for any size (input (None, None, 3), named "mobilenetv2_1.00_None" untrained), and with ImageNet weights Keras warns and loads the ones trained at 224x224; breaks 'MobileNetV2 without its top, built for image_shape + (3,) inputs with the weights argument'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('    base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)',
     '    base = keras.applications.MobileNetV2(include_top=False, weights=weights)'),
]
