"""Wrong: Returned the labels as floats (astype("float32")), like the 0.0 / 1.0 binary labels of the loaders; breaks 'Returns: an integer array of shape (N,)'."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"
MUTATE = [
    ('''        return (probs > 0.5).astype("int64")
    probs = tf.nn.softmax(outputs).numpy() if from_logits else outputs
    return probs.argmax(axis=-1)''',
     '''        return (probs > 0.5).astype("float32")
    probs = tf.nn.softmax(outputs).numpy() if from_logits else outputs
    return probs.argmax(axis=-1).astype("float32")'''),
]
