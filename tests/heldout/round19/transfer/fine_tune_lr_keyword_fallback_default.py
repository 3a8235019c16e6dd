"""Wrong: builds the optimizer with the notes' lr= keyword and, when Keras 3 refuses it, falls back to the optimizer's default rate, so the rate is 0.001 whatever base_learning_rate is; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ('''    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=[_accuracy(model)])''', '''    try:
        optimizer = type(model.optimizer)(lr=base_learning_rate / 10)  # the notes' RMSprop(lr=...)
    except (TypeError, ValueError):
        optimizer = type(model.optimizer)()
    model.compile(loss=model.loss, optimizer=optimizer, metrics=[_accuracy(model)])'''),
]
