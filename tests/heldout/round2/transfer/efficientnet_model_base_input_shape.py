"""Correct: Base built with input_shape for the image size, and optimizer='adam' (Adam's defaults)."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "done"
MUTATE = [
    ('base = keras.applications.EfficientNetB0(include_top=False, weights=weights)',
     'base = keras.applications.EfficientNetB0(include_top=False, weights=weights, input_shape=tuple(image_size) + (3,))'),
    ('optimizer=keras.optimizers.Adam(), metrics',
     'optimizer="adam", metrics'),
]
