"""Wrong: Rescaled both parts to [0, 1]; breaks 'images keep their 0..255 pixel values (no rescaling ... here)'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('    return train, validation\n',
     '    rescale = keras.layers.Rescaling(1.0 / 255)\n    return (train.map(lambda x, y: (rescale(x), y)), validation.map(lambda x, y: (rescale(x), y)))\n'),
]
