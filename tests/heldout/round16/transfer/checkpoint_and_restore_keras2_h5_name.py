"""Wrong: named the weights file "checkpoint.h5", Keras 2's weights suffix, which Keras 3's ModelCheckpoint refuses with save_weights_only=True (ValueError); breaks 'a weights-only file name must end in ".weights.h5"'."""

EXERCISE, VERDICT = 'transfer.checkpoint_and_restore', 'wrong'

MUTATE = [
    ('"checkpoint.weights.h5"',
     '"checkpoint.h5"'),
]
