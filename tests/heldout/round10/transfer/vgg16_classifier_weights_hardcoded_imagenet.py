"""Wrong: loads VGG16 with weights='imagenet' as the note does, ignoring the weights argument; breaks 'VGG16 without its top, on an input of input_shape, with the weights argument'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    base = keras.applications.VGG16(weights=weights, include_top=False,',
     '    base = keras.applications.VGG16(weights="imagenet", include_top=False,'),
]
