"""Wrong: note 001's Keras 2 path checkpoint.ckpt."""
EXERCISE, VERDICT, SAYS = 'callbacks.best_checkpoint', "wrong", '.weights.h5'
MUTATE = [('"best.weights.h5"', '"checkpoint.ckpt"')]
