"""Wrong: builds the input from the note's (240, 360, 3), ignoring input_shape; breaks 'VGG16 without its top, on an input of input_shape'."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"
MUTATE = [
    ('input_tensor=keras.Input(shape=input_shape))',
     'input_tensor=keras.Input(shape=(240, 360, 3)))'),
]
