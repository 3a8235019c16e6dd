"""Wrong: Hard-coded 160x160 for both the input and the base; breaks 'an input of image_shape + (3,) images' (grader's 64x96)."""
EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"
MUTATE = [
    ('keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,)',
     'keras.applications.MobileNetV2(input_shape=(160, 160, 3)'),
    ('inputs = keras.Input(shape=tuple(image_shape) + (3,))',
     'inputs = keras.Input(shape=(160, 160, 3))'),
]
