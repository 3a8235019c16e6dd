"""Right: converts with keras.ops.sigmoid and keras.ops.softmax and flattens the binary column with ravel."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "done"

MUTATE = [
    ('        scores = outputs.reshape(len(outputs))\n        probs = tf.sigmoid(scores).numpy() if from_logits else scores\n        return (probs > 0.5).astype("int64")\n    probs = tf.nn.softmax(outputs).numpy() if from_logits else outputs\n    return probs.argmax(axis=-1)',
     '        scores = outputs.ravel()\n        probs = keras.ops.convert_to_numpy(keras.ops.sigmoid(scores)) if from_logits else scores\n        return np.where(probs > 0.5, 1, 0)\n    probs = keras.ops.convert_to_numpy(keras.ops.softmax(outputs, axis=-1)) if from_logits else outputs\n    return np.argmax(probs, axis=-1)'),
]
