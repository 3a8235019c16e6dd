"""Right: the learner turns the predictions into a tensor and does the reading with TensorFlow ops: a last axis of one means a sigmoid unit, so tf.squeeze(probs, axis=-1) > threshold cast to int32 (strictly above, so exactly at the threshold gives 0), otherwise tf.argmax over the last axis; squeezing only the last axis keeps a batch of one as shape (1,), and .numpy() hands back an integer NumPy array of shape (N,)."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "done"

MUTATE = [
    ('''    probs = model.predict(x, verbose=0)
    if probs.shape[-1] == 1:
        return (probs[:, 0] > threshold).astype("int64")
    return np.argmax(probs, axis=1)''',
     '''    import tensorflow as tf

    probs = tf.convert_to_tensor(model.predict(x, verbose=0))
    if probs.shape[-1] == 1:
        labels = tf.cast(tf.squeeze(probs, axis=-1) > threshold, tf.int32)
    else:
        labels = tf.argmax(probs, axis=-1)
    return labels.numpy()'''),
]
