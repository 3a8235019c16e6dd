"""Wrong: the base called with training=True, so model(x) runs its Dropout."""
EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "wrong", "training=True"
MUTATE = [("x = base(inputs, training=False)", "x = base(inputs, training=True)")]
