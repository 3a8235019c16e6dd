"""Wrong: copies the notes' other zoom, RandomZoom(0.2), instead of translating zoom_range=0.3; breaks 'zoom_range=0.3: a random zoom in or out by up to 30 %'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('keras.layers.RandomZoom(0.3),',
     'keras.layers.RandomZoom(0.2),'),
]
