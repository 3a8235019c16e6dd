"""Wrong: Keras's default flip, horizontal and vertical... and then only horizontal written."""
EXERCISE, VERDICT, SAYS = "data.augmentation_layers", "wrong", "horizontal_and_vertical"
MUTATE = [('RandomFlip("horizontal_and_vertical")', 'RandomFlip("horizontal")')]
