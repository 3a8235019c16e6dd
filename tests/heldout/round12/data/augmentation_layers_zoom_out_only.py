"""Wrong: zooms with the range (0.0, 0.3), which only zooms out; breaks 'zoom_range=0.3: a random zoom in or out by up to 30 %'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('keras.layers.RandomZoom(0.3),',
     'keras.layers.RandomZoom((0.0, 0.3)),'),
]
