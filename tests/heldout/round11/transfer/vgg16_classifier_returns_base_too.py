"""Wrong: returns (model, base) to have the base at hand for fine-tuning; breaks 'the compiled model, with 10 trainable variables'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])\n    return model',
     '    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])\n    return model, base'),
]
