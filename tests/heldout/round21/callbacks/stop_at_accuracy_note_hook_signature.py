"""Right: written in note 003's PrintDot shape (two-space indent, `on_epoch_end(self, epoch, logs)` without a default, a one-line if)."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "done"

import keras


# 🌟 コールバックを作る際はこんな感じでCallbackクラスを継承して作成する。
class StopAtAccuracy(keras.callbacks.Callback):
  def __init__(self, threshold):
    super().__init__()
    self.threshold = threshold

  # エポックが終わるごとに accuracy を確認
  def on_epoch_end(self, epoch, logs):
    if logs.get('accuracy', 0) >= self.threshold: self.model.stop_training = True


def stop_at_accuracy(threshold=0.98):
  return StopAtAccuracy(threshold)
