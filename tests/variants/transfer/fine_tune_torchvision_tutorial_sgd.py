"""Wrong: recompiles with the PyTorch transfer-learning tutorial's SGD(momentum=0.9) whatever the model had; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "wrong", "optimizer"

MUTATE = [
    ('                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),',
     '                  optimizer=keras.optimizers.SGD(learning_rate=base_learning_rate / 10, momentum=0.9),'),
]
