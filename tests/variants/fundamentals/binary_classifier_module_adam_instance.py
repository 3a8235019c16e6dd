"""Wrong: compiles every model with one module-level Adam instance; Keras 3 builds an optimizer for one model's variables, so the next model's training raises 'Unknown variable'; breaks 'Every function works from its arguments alone, as it may be called again with others'."""

EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "wrong", 'module variable _ADAM'

MUTATE = [
    ('def binary_classifier(vocab_size=10000):',
     '_ADAM = keras.optimizers.Adam()\n\n\ndef binary_classifier(vocab_size=10000):'),
    ('    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])\n    return model\n\n\ndef multiclass_classifier',
     '    model.compile(optimizer=_ADAM, loss="binary_crossentropy", metrics=["accuracy"])\n    return model\n\n\ndef multiclass_classifier'),
]
