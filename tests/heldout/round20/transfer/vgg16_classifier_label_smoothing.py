"""Wrong: compiles with BinaryCrossentropy(label_smoothing=0.1) to regularise the fine-tuned head; breaks 'Compiled with the "sgd" optimizer, the binary_crossentropy loss'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])',
     '    model.compile(optimizer="sgd", loss=keras.losses.BinaryCrossentropy(label_smoothing=0.1), metrics=["accuracy"])'),
]
