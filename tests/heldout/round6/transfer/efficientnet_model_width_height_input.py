"""Wrong: builds the input as (width, height, 3), reading image_size as (width, height); breaks 'an input of image_size + (3,) images'."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"
MUTATE = [
    ('    inputs = keras.Input(shape=tuple(image_size) + (3,), name="input_layer")',
     '    inputs = keras.Input(shape=(image_size[1], image_size[0], 3), name="input_layer")  # width, height'),
]
