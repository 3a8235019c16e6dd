"""Right (its writer labelled it wrong): RandomZoom(height_factor=0.3, width_factor=-0.3) zooms in or out by up to 30 % in width too, since Keras takes a single factor's absolute value."""

EXERCISE, VERDICT, SAYS = "data.augmentation_layers", "done", ""

MUTATE = [
    ('keras.layers.RandomZoom(0.3),\n        keras.layers.RandomFlip',
     'keras.layers.RandomZoom(height_factor=0.3, width_factor=-0.3),\n        keras.layers.RandomFlip'),
]
