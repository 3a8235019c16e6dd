"""Wrong: Used a dropout of 0.2 (the alpaca head's); breaks 'a hidden layer of 256 units (relu), a dropout of 0.5'."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"
MUTATE = [
    ('    x = keras.layers.Dropout(0.5)(x)',
     '    x = keras.layers.Dropout(0.2)(x)'),
]
