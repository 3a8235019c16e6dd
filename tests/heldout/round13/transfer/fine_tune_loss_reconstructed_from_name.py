"""Wrong: rebuilds the loss from its name, keras.losses.get(model.loss.name), which gives the plain binary_crossentropy function without from_logits=True; breaks 'with the loss it had'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),',
     '    loss = keras.losses.get(getattr(model.loss, "name", model.loss))\n    model.compile(loss=loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),'),
]
