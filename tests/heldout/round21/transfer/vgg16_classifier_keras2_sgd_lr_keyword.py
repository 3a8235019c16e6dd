"""Wrong: compiles with note 004's imported SGD class the Keras 2 way, SGD(lr=0.01), which Keras 3 rejects (ValueError: lr not recognized); breaks 'Compiled with the "sgd" optimizer'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])\n    return model\n\n\ndef to_model_input',
     'model.compile(optimizer=keras.optimizers.SGD(lr=0.01), loss="binary_crossentropy", metrics=["accuracy"])\n    return model\n\n\ndef to_model_input'),
]
