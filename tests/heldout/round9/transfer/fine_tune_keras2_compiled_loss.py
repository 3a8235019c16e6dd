"""Wrong: recompiles with loss=model.compiled_loss, the Keras 2 attribute for the compiled loss; in Keras 3 that is a deprecated method, not the loss the model had; breaks 'the model is compiled again after the freezing ... with the loss it had'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    (
        '    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,\n',
        '    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.compiled_loss,\n',
    ),
]
