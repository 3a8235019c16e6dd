"""Right: the width-only zoom before the height-only one: independent random layers, any order (the docstring allows it)."""
EXERCISE, VERDICT, SAYS = "transfer.augmentation_block", "done", ""
MUTATE = [
    ('''        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),
        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),''',
     '''        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),
        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),'''),
]
