"""Right: note 003's 多項分類 block (Flatten(input_shape=(28, 28)) on the first layer) with num_classes output units and the loss chosen by one_hot."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "done"

import keras


def multiclass_classifier(num_classes=10, one_hot=False):
    model = keras.Sequential([
        keras.layers.Flatten(input_shape=(28, 28)),
        keras.layers.Dense(128, activation='relu'),
        keras.layers.Dense(num_classes, activation='softmax')
    ])
    if one_hot:
        loss = 'categorical_crossentropy'
    else:
        loss = 'sparse_categorical_crossentropy'
    model.compile(optimizer='adam', loss=loss, metrics=['accuracy'])
    return model
