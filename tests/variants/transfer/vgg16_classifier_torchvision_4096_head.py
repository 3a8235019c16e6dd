"""Wrong: copies torchvision's VGG classifier, two Dense(4096) relu layers each with Dropout(0.5), before the sigmoid; breaks 'a flattening, a hidden layer of 256 units (relu), a dropout of 0.5, and one sigmoid output unit'."""

EXERCISE, VERDICT, SAYS = "transfer.vgg16_classifier", "wrong", "layers"

MUTATE = [
    ('    x = keras.layers.Dense(256, activation="relu")(x)\n    x = keras.layers.Dropout(0.5)(x)\n',
     '    for _ in range(2):\n        x = keras.layers.Dense(4096, activation="relu")(x)\n        x = keras.layers.Dropout(0.5)(x)\n'),
]
