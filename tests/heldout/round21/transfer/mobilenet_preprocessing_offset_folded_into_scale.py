"""Wrong: reads note 000's Rescaling(1./127.5, offset= -1) as one number and writes Rescaling(1./127.5 - 1): 0 -> 0, 255 -> about -253; breaks 'maps a batch of images in [0, 255] to [-1, 1]: 0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"

MUTATE = [
    ('return keras.applications.mobilenet_v2.preprocess_input\n',
     'return keras.layers.Rescaling(1./127.5 - 1)\n'),
]
