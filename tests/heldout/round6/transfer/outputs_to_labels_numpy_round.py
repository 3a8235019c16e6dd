"""Right: NumPy's logistic function and np.round (which rounds 0.5 to 0, as 'exactly 0.5 is label 0' asks)."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "done"
MUTATE = [
    ('''        probs = tf.sigmoid(scores).numpy() if from_logits else scores
        return (probs > 0.5).astype("int64")''',
     '''        probs = 1.0 / (1.0 + np.exp(-scores.astype("float64"))) if from_logits else scores
        return np.round(probs).astype("int64")'''),
]
