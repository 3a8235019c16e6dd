"""Right: note 003's EarlyStopping and PrintDot as one EarlyStopping subclass that calls super().on_epoch_end first, then prints the dot."""
EXERCISE, VERDICT, SAYS = "callbacks.early_stopping", "done", ''

import keras


class EarlyStopWithDots(keras.callbacks.EarlyStopping):
    def on_epoch_end(self, epoch, logs=None):
        super().on_epoch_end(epoch, logs)
        if epoch % 100 == 0:
            print('')
        print('.', end='')


def early_stopping(patience=10):
    # 🌟🌟 メトリックに改善が見られない場合に終了するコールバック
    early_stop = EarlyStopWithDots(monitor='val_loss', patience=patience, restore_best_weights=True)
    return early_stop
