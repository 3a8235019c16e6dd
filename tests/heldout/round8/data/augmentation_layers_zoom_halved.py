"""Wrong: zooms by 0.3 / 2, thinking +-0.15 spans the 0.3 range; breaks 'zoom_range=0.3: a random zoom in or out by up to 30 %'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    (
        'keras.layers.RandomZoom(0.3),',
        'keras.layers.RandomZoom(0.3 / 2),  # +-0.15 spans the 0.3 range',
    ),
]
