"""Wrong: restores the TensorFlow-checkpoint way, fresh.load_weights(tf.train.latest_checkpoint(folder)), which finds no TF checkpoint beside a .weights.h5 file and passes None; breaks 'then a second, new model from build_model gets the weights from that file'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('fresh.load_weights(checkpoint.filepath)',
     'fresh.load_weights(tf.train.latest_checkpoint(folder))'),
]
