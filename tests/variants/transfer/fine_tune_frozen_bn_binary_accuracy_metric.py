"""Wrong: recompiles with a BinaryAccuracy() metric object, which logs as binary_accuracy and thresholds a softmax row as if it were binary; breaks 'the "accuracy" metric'."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune_frozen_bn", "wrong", 'accuracy threshold'

MUTATE = [
    ('    model.compile(loss=model.loss, optimizer=slower, metrics=[_accuracy(model)])',
     '    model.compile(loss=model.loss, optimizer=slower, metrics=[keras.metrics.BinaryAccuracy()])'),
]
