"""Wrong: having read that a Dense layer without activation (logits) is the numerically safe output, the learner left the softmax off the output layer and kept note 001's compile, loss="categorical_crossentropy", which reads its input as probabilities; the layer names and the parameter counts (4,062,381, 12,810 trainable) match the note's summary and fit runs, but the loss is computed on raw scores and predict() returns no probabilities; breaks 'an output of num_classes units, softmax, named "output_layer"'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)',
     'outputs = keras.layers.Dense(num_classes, name="output_layer")(x)  # logits'),
]
