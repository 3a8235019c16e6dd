"""Wrong: builds the base with note 000's module-level IMG_SHAPE = (160, 160, 3) while the input follows image_shape, so at 64x96 the base is built for the wrong size; breaks 'MobileNetV2 without its top, built for image_shape + (3,) inputs'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('def alpaca_model(image_shape=(160, 160), data_augmentation=None, weights="imagenet"):',
     'IMG_SIZE = (160, 160)\nIMG_SHAPE = IMG_SIZE + (3,)  # note 000\n\n\ndef alpaca_model(image_shape=(160, 160), data_augmentation=None, weights="imagenet"):'),
    ('base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)',
     'base = keras.applications.MobileNetV2(input_shape=IMG_SHAPE, include_top=False, weights=weights)'),
]
