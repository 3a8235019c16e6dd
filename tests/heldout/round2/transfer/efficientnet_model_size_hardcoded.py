"""Wrong: Hard-coded 224x224 inputs; breaks 'an input of image_size + (3,) images' (grader's 32x48)."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"
MUTATE = [
    ('keras.Input(shape=tuple(image_size) + (3,), name="input_layer")',
     'keras.Input(shape=(224, 224, 3), name="input_layer")'),
]
