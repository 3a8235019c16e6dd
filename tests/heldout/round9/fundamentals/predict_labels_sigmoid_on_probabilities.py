"""Wrong: applies a sigmoid to the binary output before the threshold, treating the sigmoid unit's probability as a logit; sigmoid(p) lies in (0.5, 0.73], so every input is 1 at threshold 0.5 and 0 at 0.8; breaks 'a binary model (one sigmoid unit) gives one probability per input ... the label is 1 where it is above `threshold`'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    (
        '    if probs.shape[-1] == 1:\n        return (probs[:, 0] > threshold).astype("int64")\n',
        '    if probs.shape[-1] == 1:\n        scores = keras.ops.convert_to_numpy(keras.ops.sigmoid(probs[:, 0]))\n        return (scores > threshold).astype("int64")\n',
    ),
]
