"""Wrong: declares the input as (None, None, 3) so any image size fits; breaks 'an input of image_size + (3,) images, named "input_layer"'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    (
        'inputs = keras.Input(shape=tuple(image_size) + (3,), name="input_layer")',
        'inputs = keras.Input(shape=(None, None, 3), name="input_layer")  # any image size',
    ),
]
