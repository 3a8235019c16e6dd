"""Right: scales to [-1, 1] before augmenting: flips and turns commute with the scaling (the docstring allows it)."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "done", ""
MUTATE = [
    ('''    x = data_augmentation(inputs)
    x = keras.applications.mobilenet_v2.preprocess_input(x)''',
     '''    x = keras.applications.mobilenet_v2.preprocess_input(inputs)
    x = data_augmentation(x)'''),
]
