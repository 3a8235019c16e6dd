"""Wrong: builds keras.applications.VGG19, whose first 15 layers end inside block 4, so block4_conv4 trains along with block 5's four convolutions; breaks 'its first 15 layers frozen, so that only block 5's three convolutions train'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    base = keras.applications.VGG16(weights=weights,',
     '    base = keras.applications.VGG19(weights=weights,'),
]
