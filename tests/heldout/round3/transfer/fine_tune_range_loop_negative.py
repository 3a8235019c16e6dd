"""Wrong: Froze with for i in range(fine_tune_at), which does nothing for -10 and leaves the whole base trainable; breaks 'note 001's "all but the last 10 layers" is -10, counted from the end as Python's slices count'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ('''    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),''',
     '''    base_model.trainable = True
    for i in range(fine_tune_at):
        base_model.layers[i].trainable = False
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),'''),
]
