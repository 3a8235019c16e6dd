"""Wrong: saves to "checkpoint.weights.h5" as Keras 3 wants but loads from note 001's old name "checkpoint.ckpt", a file that does not exist (and a suffix Keras 3 refuses); breaks 'gets the weights from that file'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('fresh.load_weights(checkpoint.filepath)',
     'fresh.load_weights(os.path.join(folder, "checkpoint.ckpt"))  # note 001: checkpoint_path'),
]
