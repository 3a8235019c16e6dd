"""Wrong: weights=None written in."""
EXERCISE, VERDICT, SAYS = "transfer.vgg16_classifier", "wrong", 'weights argument'
MUTATE = [
    ('keras.applications.VGG16(weights=weights,', 'keras.applications.VGG16(weights=None,'),
]
