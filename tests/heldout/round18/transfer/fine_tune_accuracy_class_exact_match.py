"""Wrong: recompiles with keras.metrics.Accuracy(), which counts exact equality of label and output, not the "accuracy" the string stands for; breaks 'and the "accuracy" metric'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('''                  metrics=[_accuracy(model)])
    return model


def two_phase_training''',
     '''                  metrics=[keras.metrics.Accuracy()])
    return model


def two_phase_training'''),
]
