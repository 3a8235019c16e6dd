"""Wrong: Softmax over the batch axis, which changes which class is largest in a row; breaks 'the label is the index of the largest score'."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"
MUTATE = [
    ('tf.nn.softmax(outputs)',
     'tf.nn.softmax(outputs, axis=0)'),
]
