"""Wrong: note 001's checkpoint.ckpt, refused by Keras 3."""
EXERCISE, VERDICT, SAYS = "transfer.checkpoint_and_restore", "wrong", '.weights.h5'
MUTATE = [('"checkpoint.weights.h5"', '"checkpoint.ckpt"')]
