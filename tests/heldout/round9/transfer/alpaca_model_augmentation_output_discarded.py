"""Wrong: computes the augmentation but scales the raw inputs (preprocess_input(inputs)), so the augmented tensor is dropped and the base never sees augmented images; breaks 'the augmentation: the data_augmentation argument, or data_augmenter() when None'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    (
        '    x = data_augmentation(inputs)\n    x = keras.applications.mobilenet_v2.preprocess_input(x)\n',
        '    x = data_augmentation(inputs)\n    x = keras.applications.mobilenet_v2.preprocess_input(inputs)\n',
    ),
]
