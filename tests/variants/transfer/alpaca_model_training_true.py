"""Wrong: the base called with training=True, so model(x) runs it in training mode."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", "training=True"
MUTATE = [("x = base(x, training=False)", "x = base(x, training=True)")]
