"""Correct: Base built with input_shape= instead of input_tensor=, and layers[:-4] (VGG16 without top has 19 layers, so the same 15)."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "done"
MUTATE = [
    ('input_tensor=keras.Input(shape=input_shape)',
     'input_shape=input_shape'),
    ('for layer in base.layers[:15]:',
     'for layer in base.layers[:-4]:'),
]
