"""Wrong: a chatbot's BinaryFocalCrossentropy "for imbalanced classes"; breaks 'Compiled with the "sgd" optimizer, the binary_crossentropy loss'."""

EXERCISE, VERDICT, SAYS = "transfer.vgg16_classifier", "wrong", "loss"

MUTATE = [
    ('model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])',
     'model.compile(optimizer="sgd", loss=keras.losses.BinaryFocalCrossentropy(), metrics=["accuracy"])'),
]
