"""Right: spells the class tf.keras.callbacks.EarlyStopping as note 003 does; with TensorFlow 2.16+ and no tf_keras, tf.keras is Keras 3, so it is the same EarlyStopping(monitor='val_loss', patience, restore_best_weights=True)."""

EXERCISE, VERDICT = 'callbacks.early_stopping', 'done'

MUTATE = [
    ('import keras\n',
     'import keras\nimport tensorflow as tf\n'),
    ('return keras.callbacks.EarlyStopping(',
     'return tf.keras.callbacks.EarlyStopping('),
]
