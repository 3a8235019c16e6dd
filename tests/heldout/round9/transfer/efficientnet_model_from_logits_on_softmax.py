"""Wrong: compiles with CategoricalCrossentropy(from_logits=True) on top of the softmax output, so the loss applies a second softmax to probabilities; breaks 'an output of num_classes units, softmax' with 'Compiled with the categorical_crossentropy loss'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    (
        '    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])\n',
        '    model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True), optimizer=keras.optimizers.Adam(),\n                  metrics=["accuracy"])\n',
    ),
]
