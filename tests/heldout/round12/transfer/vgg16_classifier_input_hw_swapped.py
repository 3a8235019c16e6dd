"""Wrong: builds the base for (width, height, 3), swapping the first two entries of input_shape the way PIL sizes are written; breaks 'VGG16 without its top, on an input of input_shape, with the weights argument'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('input_tensor=keras.Input(shape=input_shape))',
     'input_tensor=keras.Input(shape=(input_shape[1], input_shape[0], input_shape[2])))'),
]
