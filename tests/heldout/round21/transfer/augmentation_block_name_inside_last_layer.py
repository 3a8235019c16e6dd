"""Wrong: a bracket slip puts note 001's name="data_augmentation" on the last zoom layer instead of the Sequential, which keeps a default name; breaks 'a keras.Sequential named "data_augmentation"'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    ('keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),\n    ], name="data_augmentation")',
     'keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2, name="data_augmentation"),\n    ])'),
]
