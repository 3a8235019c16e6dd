"""Wrong: Zoomed in height only (RandomZoom(0.3, width_factor=0.0)); breaks 'zoom_range=0.3: a random zoom in or out by up to 30 % (the same in width, if you set it apart)'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('        keras.layers.RandomZoom(0.3),',
     '        keras.layers.RandomZoom(0.3, width_factor=0.0),'),
]
