"""Wrong: lowers the rate on the model's own optimizer and compiles with that same instance; Keras 3 built it for the head's variables and refuses the newly unfrozen ones ('Unknown variable'); breaks 'Once the head has learnt, fine-tuning retrains the base's last layers too'."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "wrong", 'compiled again'

MUTATE = [
    ('    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),',
     '    optimizer = model.optimizer\n    optimizer.learning_rate = base_learning_rate / 10\n    model.compile(loss=model.loss,\n                  optimizer=optimizer,'),
]
