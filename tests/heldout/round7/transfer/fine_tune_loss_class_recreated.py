"""Wrong: recompiles with a new instance of the loss's class, type(model.loss)(), which drops its settings (from_logits=True becomes False); breaks 'compiled again ... with the loss it had'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ("""    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),""",
     """    loss = type(model.loss)() if not isinstance(model.loss, str) else model.loss
    model.compile(loss=loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),"""),
]
