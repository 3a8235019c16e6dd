"""Wrong: converts the 30 % zoom as torchvision's RandomResizedCrop area scale, 1 - sqrt(0.7) of the side; breaks 'zoom_range=0.3: a random zoom in or out by up to 30 %'."""

EXERCISE, VERDICT, SAYS = "data.augmentation_layers", "wrong", "RandomZoom (height, width) factors"

MUTATE = [
    ('keras.layers.RandomZoom(0.3),\n        keras.layers.RandomFlip',
     'keras.layers.RandomZoom(1 - 0.7 ** 0.5),\n        keras.layers.RandomFlip'),
]
