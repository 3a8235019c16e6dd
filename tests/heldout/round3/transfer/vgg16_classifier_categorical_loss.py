"""Wrong: Compiled with categorical_crossentropy on the single sigmoid unit; breaks 'Compiled with the "sgd" optimizer, the binary_crossentropy loss'."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"
MUTATE = [
    ('    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])',
     '    model.compile(optimizer="sgd", loss="categorical_crossentropy", metrics=["accuracy"])'),
]
