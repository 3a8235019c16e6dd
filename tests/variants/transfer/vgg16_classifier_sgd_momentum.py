"""Wrong: compiles with SGD(learning_rate=1e-4, momentum=0.9), the slow, steady SGD fine-tuning guides recommend, instead of the "sgd" string; breaks 'Compiled with the "sgd" optimizer'."""

EXERCISE, VERDICT, SAYS = "transfer.vgg16_classifier", "wrong", "optimizer setting"

MUTATE = [
    ('model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])',
     'model.compile(optimizer=keras.optimizers.SGD(learning_rate=1e-4, momentum=0.9),\n'
     '                  loss="binary_crossentropy", metrics=["accuracy"])'),
]
