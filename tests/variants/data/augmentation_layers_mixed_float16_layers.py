"""Wrong: gives every preprocessing layer dtype="mixed_float16" to run the augmentation in half precision for speed, so both pipelines return float16 images (128 becomes 0.502, not 0.50196); breaks 'rescale=1.0/255: pixels scaled by 1/255 (0 -> 0, 255 -> 1), once' and 'a test pipeline must never change its images'."""

EXERCISE, VERDICT, SAYS = "data.augmentation_layers", "wrong", "dtype of a scaled batch"

MUTATE = [
    ('    train = keras.Sequential([\n'
     '        keras.layers.Rescaling(1.0 / 255),\n'
     '        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),\n'
     '        keras.layers.RandomRotation(30 / 360),\n'
     '        keras.layers.RandomZoom(0.3),\n'
     '        keras.layers.RandomFlip("horizontal_and_vertical"),\n'
     '    ])\n'
     '    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])\n',
     '    half = "mixed_float16"  # half-precision maths: faster augmentation\n'
     '    train = keras.Sequential([\n'
     '        keras.layers.Rescaling(1.0 / 255, dtype=half),\n'
     '        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3, dtype=half),\n'
     '        keras.layers.RandomRotation(30 / 360, dtype=half),\n'
     '        keras.layers.RandomZoom(0.3, dtype=half),\n'
     '        keras.layers.RandomFlip("horizontal_and_vertical", dtype=half),\n'
     '    ])\n'
     '    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255, dtype=half)])\n'),
]
