"""Wrong: calls the augmentation with training=True so that it "runs while training"; that fixes it on, so predict() and evaluate() flip and turn the images too; breaks 'As layers inside the model, the augmentation runs only while training: at inference (predict, evaluate) images pass through untouched'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    (
        '    x = data_augmentation(inputs)\n    x = keras.applications.mobilenet_v2.preprocess_input(x)\n',
        '    x = data_augmentation(inputs, training=True)\n    x = keras.applications.mobilenet_v2.preprocess_input(x)\n',
    ),
]
