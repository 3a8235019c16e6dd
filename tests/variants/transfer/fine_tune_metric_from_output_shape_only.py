"""Wrong: picks BinaryAccuracy(threshold=0.0) whenever the model has one output unit, without looking at the loss, so a sigmoid output (probabilities) is thresholded at 0; breaks 'the "accuracy" metric: for one logit output (note 002's model), keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")'."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "wrong", "accuracy threshold"

MUTATE = [
    ('                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n'
     '                  metrics=[_accuracy(model)])',
     '                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n'
     '                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")\n'
     '                           if model.output_shape[-1] == 1 else "accuracy"])'),
]
