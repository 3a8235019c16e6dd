"""Wrong: declares the input as uint8 pixels, so the model builds with the right counts but its first convolution refuses the uint8 tensor and the model cannot predict or fit float images; breaks 'VGG16 without its top, on an input of input_shape' (a model that runs on images)."""
EXERCISE, VERDICT, SAYS = "transfer.vgg16_classifier", "wrong", 'input dtype'
MUTATE = [
    ("input_tensor=keras.Input(shape=input_shape))", 'input_tensor=keras.Input(shape=input_shape, dtype="uint8"))  # pixels'),
]
