"""Wrong: recompiles with BinaryAccuracy(threshold=0.0) for every one-unit output, also a sigmoid one trained on probabilities (everything counts as 1); breaks 'the "accuracy" metric: for one logit output (note 002's model), keras.metrics.BinaryAccuracy(threshold=0.0, ...)'."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "wrong", 'accuracy threshold'

MUTATE = [
    ('''                  metrics=[_accuracy(model)])
    return model


def two_phase_training''',
     '''                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")
                           if model.output_shape[-1] == 1 else "accuracy"])
    return model


def two_phase_training'''),
]
