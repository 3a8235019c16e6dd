"""Wrong: compiles without any metric; breaks 'Compiled with the "sgd" optimizer, the binary_crossentropy loss and the "accuracy" metric'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])',
     'model.compile(optimizer="sgd", loss="binary_crossentropy")'),
]
