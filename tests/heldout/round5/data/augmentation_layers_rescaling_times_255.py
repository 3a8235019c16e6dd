"""Wrong: Wrote Rescaling(255) in the training pipeline, reading rescale as the divisor; breaks 'pixels scaled by 1/255 (0 -> 0, 255 -> 1)'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('        keras.layers.Rescaling(1.0 / 255),\n        keras.layers.RandomTranslation',
     '        keras.layers.Rescaling(255),\n        keras.layers.RandomTranslation'),
]
