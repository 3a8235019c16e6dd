"""Wrong: the base built without input_shape (Keras then loads the 224x224 weights)."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", 'input_shape=image_shape'
MUTATE = [
    ('keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)', 'keras.applications.MobileNetV2(include_top=False, weights=weights)'),
]
