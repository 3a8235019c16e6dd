"""Wrong: replaces RandomHeight and RandomWidth by fixed Resizing(224, 224) layers ('RandomHeight resized the image'); breaks 'a zoom along one axis only: up to 20 % in height alone ... in width alone' (random, same output size)."""
EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"
MUTATE = [
    ('''        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),
        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),''',
     '''        keras.layers.Resizing(224, 224),  # stands in for RandomHeight
        keras.layers.Resizing(224, 224),  # stands in for RandomWidth'''),
]
