"""Right: note 003's PrintDot verbatim (two-space indent, `logs` without a default, the one-line `if epoch % 100 == 0: print('')`)."""
EXERCISE, VERDICT = "callbacks.progress_dots", "done"

import keras


# 🌟 コールバックを作る際はこんな感じでCallbackクラスを継承して作成する。
class PrintDot(keras.callbacks.Callback):
  # エポックが終わるごとにドットを一つ出力することで進捗を表示
  def on_epoch_end(self, epoch, logs):
    if epoch % 100 == 0: print('')
    print('.', end='')


def progress_dots():
  return PrintDot()
