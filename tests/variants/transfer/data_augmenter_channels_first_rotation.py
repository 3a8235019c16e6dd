"""Wrong: gives the rotation data_format="channels_first" (a PyTorch habit), so it turns the (width, channel) planes of channels-last images; breaks 'a random rotation of factor 0.2'."""

EXERCISE, VERDICT, SAYS = "transfer.data_augmenter", "wrong", 'channels_first'

MUTATE = [
    ('        keras.layers.RandomRotation(0.2),\n    ])\n',
     '        keras.layers.RandomRotation(0.2, data_format="channels_first"),\n    ])\n'),
]
