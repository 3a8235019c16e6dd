"""Wrong: Returned mobilenet_v3.preprocess_input, which passes pixels through (V3 scales inside the model); breaks 'maps a batch of images in [0, 255] to [-1, 1]'."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"
MUTATE = [
    ('return keras.applications.mobilenet_v2.preprocess_input',
     'return keras.applications.mobilenet_v3.preprocess_input'),
]
