"""Wrong: declares the input as (image_size[0], image_size[0], 3), a square of the height; breaks 'an input of image_size + (3,) images, named "input_layer"'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('    inputs = keras.Input(shape=tuple(image_size) + (3,), name="input_layer")',
     '    inputs = keras.Input(shape=(image_size[0], image_size[0], 3), name="input_layer")'),
]
