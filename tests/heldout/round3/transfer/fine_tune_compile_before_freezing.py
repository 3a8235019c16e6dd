"""Wrong: Recompiled first and changed trainable afterwards; breaks 'the model is compiled again after the freezing (a change to trainable counts from the next compile)'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ('''def fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=["accuracy"])
    return model''',
     '''def fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=["accuracy"])
    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    return model'''),
]
