"""Right: note 003's `predictions = model.predict(...)` then np.argmax per row for softmax, and `(predictions > threshold).astype(int).flatten()` for one sigmoid unit."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "done"

import numpy as np


def predict_labels(model, x, threshold=0.5):
    predictions = model.predict(x, verbose=0)
    # 二項分類の場合、1つの数字(確率)で渡される。
    if predictions.shape[1] == 1:
        return (predictions > threshold).astype(int).flatten()
    # 多項分類の場合、最大値のインデックスを予測結果とする。
    return np.argmax(predictions, axis=-1)
