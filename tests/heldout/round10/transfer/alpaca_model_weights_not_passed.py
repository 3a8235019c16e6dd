"""Wrong: builds MobileNetV2 with weights='imagenet' written out, ignoring the weights argument; breaks 'MobileNetV2 without its top, built for image_shape + (3,) inputs with the weights argument'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('include_top=False, weights=weights)\n    base.trainable = False\n    inputs = keras.Input(shape=tuple(image_shape) + (3,))',
     'include_top=False, weights="imagenet")\n    base.trainable = False\n    inputs = keras.Input(shape=tuple(image_shape) + (3,))'),
]
