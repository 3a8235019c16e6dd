"""Wrong: the learner built MobileNetV2(include_top=False, weights=weights) without an input shape, since the model's own Input fixes the size anyway, and with weights=None the summary matched (2,259,265 parameters); the base is built for (None, None, 3), and with "imagenet" Keras loads the 224x224 weights; breaks 'MobileNetV2 without its top, built for image_shape + (3,) inputs with the weights argument'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)',
     'base = keras.applications.MobileNetV2(include_top=False, weights=weights)'),
]
