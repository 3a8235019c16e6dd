"""Wrong: returns (model, base), as note 001 keeps base_model at hand; breaks 'the compiled model. The note's summary, with 10 classes'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('    return model\n\n\ndef vgg16_classifier',
     '    return model, base\n\n\ndef vgg16_classifier'),
]
