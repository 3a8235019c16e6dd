"""Wrong: Stood in for RandomHeight/RandomWidth with RandomTranslation along each axis; breaks 'the kit's own stand-in ... is a zoom along one axis only' (shifting does not change the aspect ratio)."""
EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"
MUTATE = [
    ('''        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),
        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),''',
     '''        keras.layers.RandomTranslation(height_factor=0.2, width_factor=0.0),
        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.2),'''),
]
