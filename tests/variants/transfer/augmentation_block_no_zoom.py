"""Wrong: the zoom layer is missing."""
EXERCISE, VERDICT, SAYS = "transfer.augmentation_block", "wrong", 'augmentation layers'
MUTATE = [('        keras.layers.RandomZoom(0.2),\n', '')]
