"""Wrong: Added a RandomContrast(0.2) layer the generator never had; breaks 'Translate each training setting into a layer' (no other augmentation)."""
EXERCISE, VERDICT, SAYS = "data.augmentation_layers", "wrong", 'and no other'
MUTATE = [
    ('''        keras.layers.Rescaling(1.0 / 255),
        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),
        keras.layers.RandomRotation(30 / 360),
        keras.layers.RandomZoom(0.3),
        keras.layers.RandomFlip("horizontal_and_vertical"),''',
     '''        keras.layers.Rescaling(1.0 / 255),
        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),
        keras.layers.RandomRotation(30 / 360),
        keras.layers.RandomZoom(0.3),
        keras.layers.RandomFlip("horizontal_and_vertical"),
        keras.layers.RandomContrast(0.2),'''),
]
